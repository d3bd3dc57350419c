using System.Globalization;
using System.Text.Json;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Functions.Hosting;

/// <summary>The settings of <c>host.json</c> that this host honours, as the Azure Functions host reads them.</summary>
public sealed record HostSettings(string RoutePrefix, int MaxDequeueCount, TimeSpan FunctionTimeout)
{
    public static HostSettings Default { get; } = new("api", 5, TimeSpan.FromMinutes(10));

    /// <summary>Reads <c>host.json</c>; a missing file gives the defaults, a malformed one a clear error.</summary>
    public static HostSettings Load(string path)
    {
        if (!File.Exists(path))
        {
            return Default;
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            var prefix = Default.RoutePrefix;
            var dequeue = Default.MaxDequeueCount;
            var timeout = Default.FunctionTimeout;
            if (root.TryGetProperty("extensions", out var ext))
            {
                if (ext.TryGetProperty("http", out var http) && http.TryGetProperty("routePrefix", out var rp))
                {
                    prefix = rp.GetString() ?? prefix;
                }

                if (ext.TryGetProperty("queues", out var q) && q.TryGetProperty("maxDequeueCount", out var md))
                {
                    dequeue = md.GetInt32();
                }
            }

            if (root.TryGetProperty("functionTimeout", out var ft))
            {
                var text = ft.GetString();
                if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out timeout))
                {
                    throw new StatsException($"{path}: functionTimeout expected hh:mm:ss, found '{text}'");
                }
            }

            return new HostSettings(prefix.Trim('/'), dequeue, timeout);
        }
        catch (JsonException e)
        {
            throw new StatsException($"{path}: not valid JSON ({e.Message})", e);
        }
    }

    /// <summary>A route under the prefix, e.g. <c>/api/health</c>.</summary>
    public string Route(string path) => RoutePrefix.Length == 0 ? "/" + path : $"/{RoutePrefix}/{path}";
}
