using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Pipeline;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Benchmarks;

/// <summary>
/// Issue 14: the public dashboard page over a warehouse with 36 closed periods, in Chromium: time until it is usable
/// (period picker filled, headline cards, indicator table and charts drawn: <c>body[data-ready]</c> and the trend
/// charts present; also the time to the headline cards and table alone) for 10 cold loads (a fresh browser context each: nothing cached), p50 and max, and the bytes the
/// page transferred (encoded body + headers of every response). Usage: <c>dashboard [ENTERPRISES]</c> (default 500);
/// the demo warehouse is built once and kept in the temp folder.
/// </summary>
public static class DashboardBenchmark
{
    private const int Loads = 10;

    public static void Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task RunAsync(string[] args)
    {
        var enterprises = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
        Measure.Header($"dashboard page, 36 closed periods, {enterprises} enterprises, {Loads} cold loads in Chromium");
        var db = Warehouse(enterprises);
        await using var host = await BenchHost.StartAsync(db);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

        var times = new List<double>();
        var firstFigures = new List<double>();
        long bytes = 0;
        var requests = 0;
        for (var i = 0; i <= Loads; i++)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            var page = await context.NewPageAsync();
            var responses = new List<IResponse>();
            page.Response += (_, r) => { lock (responses) { responses.Add(r); } };
            var sw = Stopwatch.StartNew();
            await page.GotoAsync(host.Address + "/dashboard");
            await page.WaitForSelectorAsync("body[data-ready=true]", new PageWaitForSelectorOptions { Timeout = 120_000 });
            var ready = sw.Elapsed.TotalMilliseconds;
            await page.WaitForSelectorAsync("#chart-trend-revenue", new PageWaitForSelectorOptions { Timeout = 120_000 });
            sw.Stop();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var periods = await page.Locator("#period option").CountAsync();
            if (periods < 36)
            {
                throw new InvalidOperationException($"the dashboard offers {periods} periods, expected 36");
            }

            if (i == 0)
            {
                continue; // warm-up: the app's first requests open the warehouse
            }

            times.Add(sw.Elapsed.TotalMilliseconds);
            firstFigures.Add(ready);
            if (i == 1)
            {
                foreach (var r in responses)
                {
                    var sizes = await r.Request.SizesAsync();
                    bytes += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
                }

                requests = responses.Count;
            }
        }

        times.Sort();
        firstFigures.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"usable: p50 {Percentile(times, 0.5):0} ms, min {times[0]:0} ms, max {times[^1]:0} ms ({Loads} cold loads)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"headlines and table drawn (before the trend charts): p50 {Percentile(firstFigures, 0.5):0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"transferred: {bytes / 1024.0:0.0} KiB in {requests} responses (first cold load)"));
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];

    private static string Warehouse(int enterprises)
    {
        var dir = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"aistats-bench-dashboard-{enterprises}"));
        var done = Path.Combine(dir, "done");
        var db = Path.Combine(dir, "out", "aistats.duckdb");
        if (File.Exists(done))
        {
            return db;
        }

        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        var t = Measure.Time(() => new DemoPipeline(ReferenceData.Embedded, TimeProvider.System)
            .Run(new DemoOptions(Path.Combine(dir, "out"), Enterprises: enterprises, Months: 36, End: new Period(2026, 11), Seed: 14, TrendMonths: 36)));
        Console.WriteLine($"warehouse with 36 closed periods built in {Measure.Seconds(t)}");
        File.WriteAllText(done, db);
        return db;
    }
}
