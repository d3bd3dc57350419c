using System.Diagnostics;
using System.Globalization;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Pipeline;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Benchmarks;

/// <summary>
/// Issue 2: <c>demo</c> end to end at the default size (2,000 x 36) and at production size (20,000 x 36): wall time
/// per stage (the main stages, then the finer ones: ingest per kind, the close's own stages summed over every month)
/// and peak memory. Each size runs in its own child process so peak memory is its own. Whole-process figures of the
/// CLI, several builds interleaved: <see cref="DemoCliBenchmark"/>.
/// Usage: <c>demo</c> (both sizes) or <c>demo --once ENTERPRISES MONTHS</c>.
/// </summary>
public static class DemoBenchmark
{
    public static void Run(string[] args)
    {
        if (args.Length == 3 && args[0] == "--once")
        {
            Once(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture));
            return;
        }

        Measure.Header("demo end to end");
        foreach (var (n, m) in new[] { (2000, 36), (20000, 36) })
        {
            var psi = new ProcessStartInfo(Environment.ProcessPath!)
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
            {
                psi.ArgumentList.Add(typeof(DemoBenchmark).Assembly.Location);
            }

            foreach (var a in new[] { "demo", "--once", n.ToString(CultureInfo.InvariantCulture), m.ToString(CultureInfo.InvariantCulture) })
            {
                psi.ArgumentList.Add(a);
            }

            using var p = Process.Start(psi)!;
            Console.Write(p.StandardOutput.ReadToEnd());
            p.WaitForExit();
        }
    }

    private static void Once(int enterprises, int months)
    {
        var dir = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"aistats-bench-demo-{enterprises}"));
        var options = new DemoOptions(dir, enterprises, months, new Period(2026, 10));
        var sw = Stopwatch.StartNew();
        var result = new DemoPipeline(ReferenceData.Embedded, TimeProvider.System).Run(options);
        var total = sw.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"demo {enterprises:N0} x {months}: total {Measure.Seconds(total)}, peak working set {Measure.PeakMb():0} MB"));
        foreach (var (stage, t) in result.Timings.Concat(result.Stages))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-24} {Measure.Seconds(t)}"));
        }
    }
}
