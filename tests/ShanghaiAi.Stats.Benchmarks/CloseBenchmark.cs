using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Benchmarks;

/// <summary>
/// Closes one period over N enterprises x M months of reports (default 100,000 x 60 = 6 M rows, generated with SQL
/// inside DuckDB). Reports the aggregation stage (panel + GROUPING SETS) against a baseline measured in the same
/// run: one bare GROUP BY GROUPING SETS computing the same YTD sums over the same tables (target &lt;= 2x); and
/// the whole close's time and peak memory (targets &lt; 60 s, &lt; 3 GB on 2 cores).
/// Args: [--enterprises N] [--months M] [--keep]; profiling: --dump FILE [--period YYYY-MM], --db PATH --sql FILE [--reps N].
/// </summary>
public static class CloseBenchmark
{
    public static void Run(string[] args)
    {
        var enterprises = Arg(args, "--enterprises", 100_000);
        var months = Arg(args, "--months", 60);
        var keep = args.Contains("--keep");
        if (args.Contains("--dump"))
        {
            CloseSqlProfile.Dump(args[Array.IndexOf(args, "--dump") + 1], args.Contains("--period") ? args[Array.IndexOf(args, "--period") + 1] : "2026-09");
            return;
        }

        if (args.Contains("--db"))
        {
            CloseSqlProfile.Profile(args[Array.IndexOf(args, "--db") + 1], args[Array.IndexOf(args, "--sql") + 1], Arg(args, "--reps", 3));
            return;
        }

        var period = new Period(2026, 9);
        var dir = Path.Combine(Path.GetTempPath(), "aistats-close-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        try
        {
            var warehouse = StatsWarehouse.Open(Path.Combine(dir, "bench.duckdb"));
            var sw = Stopwatch.StartNew();
            CloseBenchmarkData.Generate(warehouse, enterprises, months, period);
            var reportRows = warehouse.Scalar<long>("SELECT count(*) FROM reports");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"close benchmark: {enterprises:N0} enterprises x {months} months = {reportRows:N0} reports, generated in {sw.Elapsed.TotalSeconds:F1} s"));

            Baseline(warehouse, period); // warm the file cache
            var baseline = Enumerable.Range(0, 3).Select(_ => Baseline(warehouse, period)).Min();
            GC.Collect();
            ResetPeakMemory();

            var closer = new PeriodCloser(warehouse, ReferenceData.Embedded, TimeProvider.System);
            var runs = new List<(CloseResult Result, TimeSpan Whole, TimeSpan Aggregation)>();
            for (var i = 0; i < 3; i++)
            {
                sw.Restart();
                var r = closer.Close(period, CloseSettings.Default);
                runs.Add((r, sw.Elapsed, r.Timings["panel"] + r.Timings["aggregate"]));
            }

            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            var first = runs[0];
            var best = runs.MinBy(x => x.Aggregation);

            // Warm: one connection held open keeps the DuckDB instance and its buffer pool alive between statements,
            // as in a long-running host; above, every close and baseline opens the file afresh, as the CLI does.
            TimeSpan warmBaseline, warmAggregation;
            using (var anchor = warehouse.OpenRead())
            {
                Baseline(warehouse, period);
                warmBaseline = Enumerable.Range(0, 3).Select(_ => Baseline(warehouse, period)).Min();
                warmAggregation = Enumerable.Range(0, 3)
                    .Select(i => closer.Close(period, CloseSettings.Default).Timings)
                    .Min(t => t["panel"] + t["aggregate"]);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                baseline GROUPING SETS (YTD sums, best of 3):  {baseline.TotalSeconds,8:F3} s
                close aggregation (panel + grouping sets), best of 3 closes (= 3 vintages):
                                                               {best.Aggregation.TotalSeconds,8:F3} s   ratio {best.Aggregation / baseline:F2}x (target <= 2x)
                  first (cold) close:                          {first.Aggregation.TotalSeconds,8:F3} s   ratio {first.Aggregation / baseline:F2}x
                  stages of the best: {string.Join(", ", best.Result.Timings.Select(t => $"{t.Key} {t.Value.TotalSeconds:F3} s"))}
                warm (file kept open between statements): baseline {warmBaseline.TotalSeconds:F3} s, aggregation {warmAggregation.TotalSeconds:F3} s   ratio {warmAggregation / warmBaseline:F2}x
                whole close (first / best):                    {first.Whole.TotalSeconds,8:F3} s / {runs.Min(x => x.Whole).TotalSeconds:F3} s   (target < 60 s)
                peak working set during the closes:            {peak / 1024.0 / 1024.0,8:F0} MB (target < 3072 MB)
                vintages {string.Join(", ", runs.Select(x => x.Result.VintageId))}: {first.Result.Cells.Count} cells, in scope {first.Result.InScope}, reported {first.Result.Reported}, imputed {first.Result.Imputed}, follow-ups {first.Result.FollowUps}
                """));
        }
        finally
        {
            if (!keep)
            {
                try
                {
                    Directory.Delete(dir, true);
                }
                catch (IOException)
                {
                }
            }
        }
    }

    /// <summary>The bare query: current reports of the period joined to the current scope, YTD sums by every breakdown.</summary>
    private static TimeSpan Baseline(StatsWarehouse warehouse, Period period)
    {
        var sums = string.Join(", ", new[]
        {
            "revenue_ytd", "revenue_ytd_prev", "ai_revenue_ytd", "ai_revenue_ytd_prev", "ai_software_ytd", "ai_services_ytd", "ai_products_ytd",
            "profit_ytd", "profit_ytd_prev", "rd_expense_ytd", "rd_expense_ytd_prev", "employees_end", "rd_staff_end", "ai_patents_ytd", "compute_used_ytd",
        }.Select(c => $"sum({c})"));
        var sql = string.Create(CultureInfo.InvariantCulture, $"""
            SELECT s.district_code, s.category_l1, s.category, s.park_id, s.size_class, s.ai_enterprise, count(*), {sums}
            FROM reports r
            JOIN (SELECT c.uscc, c.category, c.category_l1, c.ai_enterprise, g.district_code, g.park_id, g.size_class
                  FROM classifications c JOIN register g ON g.uscc = c.uscc AND g.valid_to IS NULL
                  WHERE c.valid_to IS NULL AND c.category <> '00') s ON s.uscc = r.uscc
            WHERE r.superseded_at IS NULL AND r.period = DATE '{period.Year:D4}-{period.Month:D2}-01'
            GROUP BY GROUPING SETS ((), (s.district_code), (s.category_l1), (s.category_l1, s.category), (s.park_id), (s.size_class), (s.ai_enterprise))
            """);
        using var c = warehouse.OpenRead();
        var sw = Stopwatch.StartNew();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var n = 0;
        while (r.Read())
        {
            n++;
        }

        return sw.Elapsed;
    }

    /// <summary>Linux: writing 5 to /proc/self/clear_refs resets the peak resident set (VmHWM) so that the close is measured alone.</summary>
    private static void ResetPeakMemory()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
