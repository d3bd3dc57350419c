using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Tests.Functions.Support;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Functions;

/// <summary>
/// <c>aistats serve</c> as a child process, killed in the middle of an ingestion (the test-only hook
/// AISTATS_FAULT_AFTER_ROWS fails the process inside the load transaction) and started again: the durable queue
/// delivers the message again, and the upload ends processed once in effect (its rows in the warehouse once).
/// </summary>
public sealed class ServeCrashTests
{
    [Fact]
    public async Task Serve_KilledMidIngestionAndRestarted_UploadProcessedOnce()
    {
        var dir = Path.Combine(Path.GetTempPath(), "aistats-serve-" + Guid.NewGuid().ToString("N")[..12]);
        var db = Path.Combine(dir, "aistats.duckdb");
        Directory.CreateDirectory(dir);
        var key = new ApiKeyStore(StatsWarehouse.Open(db), TimeProvider.System).Add(Caller.Statistician).Key;
        var port = Loopback.FreePort();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("x-functions-key", key);
        try
        {
            using (var first = await Serve(dir, port, null))
            {
                var reg = await Post(http, "register", FunctionsData.Register);
                (await Wait(http, reg, s => s == "processed")).Should().Be("processed");
                first.Kill(entireProcessTree: true);
                await first.WaitForExitAsync();
            }

            string id;
            using (var faulty = await Serve(dir, port, "2"))
            {
                id = await Post(http, "monthly-report", FunctionsData.Monthly(4));
                using var dead = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                await faulty.WaitForExitAsync(dead.Token);
                faulty.ExitCode.Should().NotBe(0, "the hook failed the process mid-load");
            }

            using (var again = await Serve(dir, port, null))
            {
                (await Wait(http, id, s => s is "processed" or "rejected" or "poisoned")).Should().Be("processed");
                var s = JsonDocument.Parse(await http.GetStringAsync($"/api/uploads/{id}")).RootElement;
                s.GetProperty("accepted").GetInt32().Should().Be(4);
                s.GetProperty("attempts").GetInt32().Should().Be(2, "the first delivery died with the process");
                again.Kill(entireProcessTree: true);
                await again.WaitForExitAsync();
            }

            using var c = new DuckDB.NET.Data.DuckDBConnection($"Data Source={db}");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM reports WHERE period = DATE '2026-10-01'";
            Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture).Should().Be(4);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<Process> Serve(string dir, int port, string? faultAfterRows)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "aistats.dll"), "serve", "--urls", $"http://127.0.0.1:{port}", "--storage", dir })
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["AISTATS_FAULT_AFTER_ROWS"] = faultAfterRows;
        psi.Environment["AzureWebJobsStorage"] = null;
        psi.Environment["AzureFunctionsJobHost__extensions__queues__visibilityTimeout"] = "00:00:00.200";
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        var clock = Stopwatch.StartNew();
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (clock.Elapsed < TimeSpan.FromSeconds(60) && !p.HasExited)
        {
            try
            {
                if ((await probe.GetAsync($"http://127.0.0.1:{port}/api/health")).StatusCode == HttpStatusCode.OK)
                {
                    return p;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("aistats serve did not answer /api/health within 60 s");
    }

    private static async Task<string> Post(HttpClient http, string kind, string csv)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var r = await http.PostAsync($"/api/uploads/{kind}?filename={kind}.csv", content);
        r.StatusCode.Should().Be(HttpStatusCode.Accepted);
        return r.Headers.Location!.ToString().Split('/')[^1];
    }

    private static async Task<string> Wait(HttpClient http, string id, Func<string, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            string status;
            try
            {
                status = JsonDocument.Parse(await http.GetStringAsync($"/api/uploads/{id}")).RootElement.GetProperty("status").GetString()!;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                status = "unreachable";
            }

            if (done(status) || clock.Elapsed > TimeSpan.FromSeconds(60))
            {
                return status;
            }

            await Task.Delay(100);
        }
    }
}
