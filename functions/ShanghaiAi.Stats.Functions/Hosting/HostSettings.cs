using System.Globalization;
using System.Text.Json;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Functions.Hosting;

/// <summary>The settings of <c>host.json</c> that this host honours, as the Azure Functions host reads them.</summary>
public sealed record HostSettings(string RoutePrefix, int MaxDequeueCount, TimeSpan FunctionTimeout, TimeSpan VisibilityTimeout)
{
    public static HostSettings Default { get; } = new("api", 5, TimeSpan.FromMinutes(10), TimeSpan.Zero);

    /// <summary>The app settings that override host.json, as on Azure
    /// (<c>AzureFunctionsJobHost__extensions__queues__maxDequeueCount</c>, <c>...__visibilityTimeout</c>).</summary>
    public HostSettings WithOverrides(Microsoft.Extensions.Configuration.IConfiguration config)
    {
        var q = config.GetSection("AzureFunctionsJobHost:extensions:queues");
        var s = this;
        if (int.TryParse(q["maxDequeueCount"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            s = s with { MaxDequeueCount = n };
        }

        if (TimeSpan.TryParse(q["visibilityTimeout"], CultureInfo.InvariantCulture, out var v))
        {
            s = s with { VisibilityTimeout = v };
        }

        return s;
    }

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
            var visibility = Default.VisibilityTimeout;
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

                if (ext.TryGetProperty("queues", out var q2) && q2.TryGetProperty("visibilityTimeout", out var vt)
                    && !TimeSpan.TryParse(vt.GetString(), CultureInfo.InvariantCulture, out visibility))
                {
                    throw new StatsException($"{path}: extensions.queues.visibilityTimeout expected hh:mm:ss, found '{vt}'");
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

            return new HostSettings(prefix.Trim('/'), dequeue, timeout, visibility);
        }
        catch (JsonException e)
        {
            throw new StatsException($"{path}: not valid JSON ({e.Message})", e);
        }
    }

    /// <summary>A route under the prefix, e.g. <c>/api/health</c>.</summary>
    public string Route(string path) => RoutePrefix.Length == 0 ? "/" + path : $"/{RoutePrefix}/{path}";
}
