using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace ShanghaiAi.Stats.Benchmarks;

/// <summary>Profiling aids of the close benchmark: the close's statements written to a file, and timed one by one.</summary>
internal static class CloseSqlProfile
{
    /// <summary><c>close --dump FILE [--period YYYY-MM]</c>: writes the close's panel and aggregation statements
    /// (default: the benchmark period).</summary>
    public static void Dump(string file, string period)
    {
        var p = ShanghaiAi.Stats.Common.Period.Parse(period);
        var s = ShanghaiAi.Stats.Close.CloseSettings.Default;
        var parts = new[]
        {
            "-- scope\n" + ShanghaiAi.Stats.Close.ClosePanel.ScopeSql(),
            "-- enterprise\n" + ShanghaiAi.Stats.Close.ClosePanel.EnterpriseSql(p),
            "-- panel (the temp table the aggregation reads)\n" + ShanghaiAi.Stats.Close.ClosePanel.MaterialiseSql(p, s),
            "-- aggregate\n" + ShanghaiAi.Stats.Close.CellAggregator.Query(p, s),
        };
        File.WriteAllText(file, string.Join("\n;\n", parts) + "\n");
    }

    /// <summary>
    /// Profiling aid: <c>close --db PATH --sql FILE [--reps N]</c> runs the statements of FILE (separated by lines
    /// holding only <c>;</c>) on one connection to an existing benchmark warehouse (kept with <c>--keep</c>) and
    /// prints each statement's best and median wall time over N runs; an EXPLAIN ANALYZE statement prints its plan.
    /// </summary>
    public static void Profile(string db, string sqlFile, int reps)
    {
        var statements = File.ReadAllText(sqlFile).Split("\n;\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
        using var c = new DuckDBConnection("Data Source=" + db);
        c.Open();
        foreach (var sql in statements)
        {
            var label = sql.Split('\n')[0];
            if (sql.StartsWith("EXPLAIN", StringComparison.OrdinalIgnoreCase))
            {
                using var cmd = c.CreateCommand();
                cmd.CommandText = sql;
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    Console.WriteLine(r.GetValue(r.FieldCount - 1));
                }

                continue;
            }

            var times = new List<double>();
            for (var i = 0; i < reps; i++)
            {
                var sw = Stopwatch.StartNew();
                using var cmd = c.CreateCommand();
                cmd.CommandText = sql;
                using var r = cmd.ExecuteReader();
                var rows = 0;
                while (r.Read())
                {
                    if (rows++ == 0 && label.StartsWith("-- check", StringComparison.Ordinal))
                    {
                        Console.WriteLine(label + " => " + Convert.ToString(r.GetValue(0), CultureInfo.InvariantCulture));
                    }
                }

                times.Add(sw.Elapsed.TotalSeconds);
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best {times[0]:F3} s  median {times[times.Count / 2]:F3} s  | {label}"));
        }
    }
}
