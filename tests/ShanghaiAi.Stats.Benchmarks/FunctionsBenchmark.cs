using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Functions.LocalHost;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Benchmarks;

/// <summary>
/// The functions app on the local host (Kestrel, embedded storage). <c>functions [--files 50] [--rows 2000]
/// [--uploaders 20] [--readers 50] [--reads 20]</c>
/// 1. Throughput: the monthly-report files through HTTP → queue → warehouse vs <c>IngestService</c> (what
///    <c>aistats ingest</c> runs) on the same files in the same run (target ≥ 0.7x).
/// 2. Latency upload → processed (p50, p99) with the uploaders concurrent.
/// 3. GET /api/indicators under the readers concurrent (p50, p99).
/// </summary>
public static class FunctionsBenchmark
{
    private const string MonthlyHeader =
        "uscc,period,revenue_ytd,revenue_ytd_prev,ai_revenue_ytd,ai_revenue_ytd_prev,ai_software_ytd,ai_services_ytd,ai_products_ytd,profit_ytd,profit_ytd_prev,rd_expense_ytd,rd_expense_ytd_prev,employees_end,rd_staff_end,ai_patents_ytd,compute_used_ytd";

    public static void Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task RunAsync(string[] args)
    {
        int Arg(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        var files = Arg("--files", 50);
        var rows = Arg("--rows", 2000);
        var uploaders = Arg("--uploaders", 20);
        var readers = Arg("--readers", 50);
        var reads = Arg("--reads", 20);
        Measure.Header($"functions: {files} monthly files x {rows} rows, {uploaders} uploaders, {readers} readers");
        var dir = Path.Combine(Path.GetTempPath(), "aistats-bench-fn-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        try
        {
            var register = Register(rows);
            var monthly = Enumerable.Range(0, files).Select(f => Monthly(rows, new Period(2022, 1).AddMonths(f))).ToList();

            // Baseline: the core's ingest of the same files, one after another (aistats ingest).
            var cliDb = Path.Combine(dir, "cli", "aistats.duckdb");
            var w = StatsWarehouse.Open(cliDb);
            var service = new IngestService(w, ReferenceData.Embedded, TimeProvider.System, IngestOptions.ForDatabase(cliDb));
            var regFile = Path.Combine(dir, "register.csv");
            File.WriteAllText(regFile, register);
            service.Ingest(new IngestRequest(IngestKinds.Register, regFile));
            var warm = Monthly(rows, new Period(2021, 12));
            var warmFile = Path.Combine(dir, "warm.csv");
            File.WriteAllText(warmFile, warm);
            service.Ingest(new IngestRequest(IngestKinds.MonthlyReport, warmFile)); // both sides warm: one file untimed
            var paths = monthly.Select((text, i) =>
            {
                var p = Path.Combine(dir, $"monthly-{i:D3}.csv");
                File.WriteAllText(p, text);
                return p;
            }).ToList();
            var cli = Measure.Time(() =>
            {
                foreach (var p in paths)
                {
                    service.Ingest(new IngestRequest(IngestKinds.MonthlyReport, p));
                }
            });

            // The functions app.
            var root = Path.Combine(dir, "fn");
            var db = Path.Combine(root, "aistats.duckdb");
            var key = new ApiKeyStore(StatsWarehouse.Open(db), TimeProvider.System).Add(Caller.Statistician).Key;
            await using var app = LocalFunctionsHost.Build(new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:0", ["AISTATS_STORAGE_ROOT"] = root, ["AISTATS_DB"] = db, ["AzureWebJobsStorage"] = string.Empty,
            });
            await app.StartAsync();
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(5) };
            http.DefaultRequestHeaders.Add("x-functions-key", key);
            var regId = await Post(http, "register", register);
            await WaitProcessed(http, regId);
            await WaitProcessed(http, await Post(http, "monthly-report", warm));

            var latencies = new ConcurrentBag<double>();
            var next = -1;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, uploaders).Select(_ => Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < files)
                {
                    var sw = Stopwatch.StartNew();
                    var id = await Post(http, "monthly-report", monthly[i]);
                    await WaitProcessed(http, id);
                    latencies.Add(sw.Elapsed.TotalMilliseconds);
                }
            })));
            var fn = clock.Elapsed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ingest (core, sequential): {Measure.Seconds(cli)}; functions (HTTP -> queue -> warehouse): {Measure.Seconds(fn)}; throughput ratio {cli.TotalSeconds / fn.TotalSeconds:0.00}x (target >= 0.70x)"));
            Console.WriteLine($"upload -> processed latency, {uploaders} concurrent uploaders: p50 {P(latencies, 50):0} ms, p99 {P(latencies, 99):0} ms");

            // A closed period to read.
            using (var close = await http.PostAsync($"/api/periods/{new Period(2022, 1).AddMonths(files - 1)}/close", null))
            {
                var closeId = close.Headers.Location!.ToString().Split('/')[^1];
                while (JsonDocument.Parse(await http.GetStringAsync($"/api/closes/{closeId}")).RootElement.GetProperty("status").GetString() is "queued" or "running")
                {
                    await Task.Delay(100);
                }
            }

            var period = new Period(2022, 1).AddMonths(files - 1);
            // As a program reads it (no Accept-Encoding), then as a browser does (gzip/br accepted, decompressed).
            using var zipped = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.All })
            {
                BaseAddress = http.BaseAddress, Timeout = TimeSpan.FromMinutes(5),
            };
            zipped.DefaultRequestHeaders.Add("x-functions-key", key);
            foreach (var (client, how) in new[] { (http, "plain"), (zipped, "gzip/br accepted") })
            {
                var readLatencies = new ConcurrentBag<double>();
                var readClock = Stopwatch.StartNew();
                await Task.WhenAll(Enumerable.Range(0, readers).Select(_ => Task.Run(async () =>
                {
                    for (var k = 0; k < reads; k++)
                    {
                        var sw = Stopwatch.StartNew();
                        using var r = await client.GetAsync($"/api/indicators?period={period}");
                        r.EnsureSuccessStatusCode();
                        await r.Content.ReadAsByteArrayAsync();
                        readLatencies.Add(sw.Elapsed.TotalMilliseconds);
                    }
                })));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"GET /api/indicators ({how}), {readers} concurrent clients x {reads}: p50 {P(readLatencies, 50):0} ms, p99 {P(readLatencies, 99):0} ms, {readers * reads / readClock.Elapsed.TotalSeconds:0} requests/s"));
            }

            await app.StopAsync();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static double P(IEnumerable<double> values, int pct)
    {
        var v = values.Order().ToList();
        return v.Count == 0 ? double.NaN : v[Math.Min(v.Count - 1, (int)Math.Ceiling(pct / 100.0 * v.Count) - 1)];
    }

    private static async Task<string> Post(HttpClient http, string kind, string csv)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var r = await http.PostAsync($"/api/uploads/{kind}?filename={kind}.csv", content);
        r.EnsureSuccessStatusCode();
        return r.Headers.Location!.ToString().Split('/')[^1];
    }

    private static async Task WaitProcessed(HttpClient http, string id)
    {
        while (true)
        {
            var s = JsonDocument.Parse(await http.GetStringAsync($"/api/uploads/{id}")).RootElement.GetProperty("status").GetString();
            if (s is "processed" or "rejected" or "poisoned")
            {
                if (s != "processed")
                {
                    throw new InvalidOperationException($"upload {id} ended {s}");
                }

                return;
            }

            await Task.Delay(25);
        }
    }

    private static string Uscc(int i) => Common.Uscc.WithCheck(string.Create(CultureInfo.InvariantCulture, $"913101150001{i:D5}"));

    private static string Register(int n)
    {
        var sb = new StringBuilder("uscc,name,district_code,park_id,industry_code,business_scope,main_products,registered_on,size_class\n");
        for (var i = 0; i < n; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{Uscc(i)},上海基准智能科技有限公司{i},310115,SHAIP01,6513,人工智能软件开发;数据处理,大模型平台,2015-01-01,规上\n");
        }

        return sb.ToString();
    }

    private static string Monthly(int n, Period period)
    {
        var sb = new StringBuilder(MonthlyHeader).Append('\n');
        for (var i = 0; i < n; i++)
        {
            var rev = 1000 + i;
            sb.Append(CultureInfo.InvariantCulture, $"{Uscc(i)},{period},{rev},{rev - 100},500,450,200,200,100,80,70,50,45,100,30,2,1.5\n");
        }

        return sb.ToString();
    }
}
