using System.Globalization;

namespace ShanghaiAi.Stats.Benchmarks;

/// <summary>
/// Issue 15, <c>demo</c> as a person runs it: <c>aistats demo --verbose</c> (2,000 x 36, every month closed) as a child
/// process, whole-process wall clock and peak RSS, best of N, and the stage breakdown the run printed (the best run's).
/// Several builds run interleaved (build A try 1, build B try 1, A try 2, ...) so that a busy machine slows both alike.
/// <c>democli [--tries 3] [--cli NAME=PATH/aistats.dll ...] [--work DIR] [--enterprises 2000] [--months 36]</c>; the
/// default build is the aistats built beside this benchmark.
/// </summary>
public static class DemoCliBenchmark
{
    /// <summary>The stages printed in the table, in order (<c>aistats demo --verbose</c> prints them and finer ones).</summary>
    private static readonly string[] Stages =
    [
        "generate", "ingest", "ingest.register", "ingest.member-roster", "ingest.monthly-report", "ingest.park-report", "classify",
        "close", "close.panel", "close.aggregate", "close.disclosure", "close.store", "parks", "outputs",
    ];

    public static void Run(string[] args)
    {
        var tries = Int(args, "--tries", 3);
        var enterprises = Int(args, "--enterprises", 2000);
        var months = Int(args, "--months", 36);
        var clis = new List<(string Name, string Dll)>();
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--cli")
            {
                var v = args[i + 1];
                var eq = v.IndexOf('=', StringComparison.Ordinal);
                clis.Add((v[..eq], Path.GetFullPath(v[(eq + 1)..])));
            }
        }

        if (clis.Count == 0)
        {
            clis.Add(("aistats", Path.Combine(AppContext.BaseDirectory, "aistats.dll")));
        }

        var work = Path.GetFullPath(Value(args, "--work") ?? Path.Combine(Path.GetTempPath(), "aistats-bench-democli"));
        Directory.CreateDirectory(work);
        Measure.Header("democli");
        Console.WriteLine($"work folder {work}; {enterprises} x {months}; builds: {string.Join(", ", clis.Select(c => $"{c.Name}={c.Dll}"))}");

        var runs = clis.ToDictionary(c => c.Name, _ => new List<ChildRun>(), StringComparer.Ordinal);
        for (var t = 0; t < tries; t++)
        {
            foreach (var (name, dll) in clis)
            {
                var dir = Path.Combine(work, $"{name}-{t}");
                Directory.CreateDirectory(dir);
                var run = ChildRun.Dotnet(dir, dll, "demo", "--out", "out", "--end", "2026-10", "--verbose",
                    "--enterprises", Str(enterprises), "--months", Str(months)).Expect(0);
                runs[name].Add(run);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name} try {t + 1}: {run.Seconds:F2} s, peak {run.PeakMb:F0} MB"));
                Directory.Delete(dir, recursive: true);
            }
        }

        Console.WriteLine();
        Console.WriteLine("| build | best wall (s) | median wall (s) | peak RSS of best (MB) | " + string.Join(" | ", Stages) + " |");
        Console.WriteLine("|---|---|---|---|" + string.Concat(Stages.Select(_ => "---|")));
        foreach (var (name, _) in clis)
        {
            var sorted = runs[name].OrderBy(r => r.Seconds).ToList();
            var best = sorted[0];
            var stages = Parse(best.Output);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {best.Seconds:F2} | {sorted[sorted.Count / 2].Seconds:F2} | {best.PeakMb:F0} | ")
                + string.Join(" | ", Stages.Select(s => stages.TryGetValue(s, out var v) ? v.ToString("F2", CultureInfo.InvariantCulture) : "")) + " |");
        }
    }

    /// <summary>The stage lines of <c>aistats demo --verbose</c>: <c>  name   1.234 s</c>.</summary>
    internal static Dictionary<string, double> Parse(string output)
    {
        var stages = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n'))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (line.StartsWith("  ", StringComparison.Ordinal) && parts.Length == 3 && parts[2] == "s"
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            {
                stages[parts[0]] = seconds;
            }
        }

        return stages;
    }

    private static string Str(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int Int(string[] args, string name, int fallback)
        => Value(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
