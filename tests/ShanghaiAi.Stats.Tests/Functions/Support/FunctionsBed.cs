using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Functions.LocalHost;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Functions.Support;

/// <summary>The local host on real Kestrel (loopback, a free port) over a fresh storage folder, embedded storage unless
/// a storage connection string is given (Azurite); keys issued per role.</summary>
public sealed class FunctionsBed : IAsyncDisposable
{
    private WebApplication? _app;

    private FunctionsBed(string dir, IDictionary<string, string?> settings)
    {
        Dir = dir;
        Settings = settings;
    }

    public string Dir { get; }

    public IDictionary<string, string?> Settings { get; }

    public string DbPath => Settings["AISTATS_DB"]!;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public Dictionary<string, string> Keys { get; } = new(StringComparer.Ordinal);

    public static async Task<FunctionsBed> StartAsync(string? storageConnection = null, IDictionary<string, string?>? extra = null, string? dir = null)
    {
        dir ??= Path.Combine(Path.GetTempPath(), "aistats-fn-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        var settings = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["AISTATS_STORAGE_ROOT"] = dir,
            ["AISTATS_DB"] = Path.Combine(dir, "aistats.duckdb"),
            ["AzureWebJobsStorage"] = storageConnection ?? string.Empty,
            ["CLOSE_SCHEDULE"] = "0 0 2 5 * *",
            ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00.200",
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string?>())
        {
            settings[k] = v;
        }

        var bed = new FunctionsBed(dir, settings);
        await bed.StartHostAsync();
        return bed;
    }

    /// <summary>Issues (once) a key for the caller, e.g. <c>association:sh-ai-industry-association</c>.</summary>
    public string Key(string caller)
    {
        if (!Keys.TryGetValue(caller, out var key))
        {
            key = new ApiKeyStore(StatsWarehouse.Open(DbPath), TimeProvider.System).Add(Caller.Parse(caller)).Key;
            Keys[caller] = key;
        }

        return key;
    }

    public async Task StartHostAsync()
    {
        _app = LocalFunctionsHost.Build(Settings.ToDictionary(p => p.Key, p => p.Value));
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task StopHostAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    public HttpRequestMessage Request(HttpMethod method, string path, string? caller)
    {
        var m = new HttpRequestMessage(method, path);
        if (caller is not null)
        {
            m.Headers.Add("x-functions-key", Key(caller));
        }

        return m;
    }

    public async Task<HttpResponseMessage> Upload(string caller, string kind, string fileName, string csv)
    {
        var m = Request(HttpMethod.Post, $"/api/uploads/{kind}", caller);
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        m.Content = form;
        return await Http.SendAsync(m);
    }

    public async Task<JsonElement> Json(string caller, string path)
    {
        using var r = await Http.SendAsync(Request(HttpMethod.Get, path, caller));
        var text = await r.Content.ReadAsStringAsync();
        r.IsSuccessStatusCode.Should().BeTrue($"GET {path} answered {(int)r.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Polls the upload's status until it is final (processed, rejected, poisoned).</summary>
    public async Task<JsonElement> WaitFinal(string caller, string uploadId, TimeSpan? timeout = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var s = await Json(caller, $"/api/uploads/{uploadId}");
            if (s.GetProperty("status").GetString() is "processed" or "rejected" or "poisoned" || clock.Elapsed > (timeout ?? TimeSpan.FromSeconds(60)))
            {
                return s;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Asks for a close of <paramref name="period"/> as the statistician and polls it until it is done or
    /// failed (up to 5 minutes: a loaded CI box).</summary>
    public async Task<JsonElement> CloseAndWait(string period)
    {
        using var close = await Http.SendAsync(Request(HttpMethod.Post, $"/api/periods/{period}/close", "statistician"));
        close.StatusCode.Should().Be(System.Net.HttpStatusCode.Accepted);
        var id = close.Headers.Location!.ToString().Split('/')[^1];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var job = await Json("statistician", $"/api/closes/{id}");
            if (job.GetProperty("status").GetString() is "done" or "failed" || clock.Elapsed > TimeSpan.FromMinutes(5))
            {
                return job;
            }

            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        await StopHostAsync();
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
