using System.Diagnostics;
using System.Globalization;

namespace ShanghaiAi.Stats.Benchmarks;

/// <summary>Timing and memory helpers shared by the benchmarks.</summary>
public static class Measure
{
    /// <summary>Runs <paramref name="work"/> once and returns the elapsed wall time.</summary>
    public static TimeSpan Time(Action work)
    {
        var sw = Stopwatch.StartNew();
        work();
        return sw.Elapsed;
    }

    /// <summary>The process's peak working set so far, in MB.</summary>
    public static double PeakMb()
    {
        using var p = Process.GetCurrentProcess();
        p.Refresh();
        return p.PeakWorkingSet64 / 1024.0 / 1024.0;
    }

    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s";

    public static string Ratio(TimeSpan a, TimeSpan b) => (a.TotalSeconds / b.TotalSeconds).ToString("0.00", CultureInfo.InvariantCulture) + "x";

    public static void Header(string name)
        => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"== {name} == machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}"));
}
