using System.Diagnostics;
using System.Globalization;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Synthetic;

namespace ShanghaiAi.Stats.Benchmarks;

/// <summary>
/// Generator throughput: the default demo (2,000 x 36, the baseline), city scale (20,000 x 36) and a register-only
/// run of 1,000,000 enterprises (input of the classifier benchmark). Args: [registerRows] [outDir].
/// </summary>
public static class SyntheticBenchmark
{
    public static void Run(string[] args)
    {
        var registerRows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var root = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "aistats-synthetic-bench");
        var end = new Period(2026, 9);
        var reference = ReferenceData.Embedded;

        var baseline = Time("demo 2,000 x 36", () => SyntheticGenerator.Generate(new GeneratorOptions(2_000, 36, end, 20250), Path.Combine(root, "demo"), reference));
        var city = Time("city 20,000 x 36", () => SyntheticGenerator.Generate(new GeneratorOptions(20_000, 36, end, 20250), Path.Combine(root, "city"), reference));
        var register = Time(string.Create(CultureInfo.InvariantCulture, $"register-only {registerRows:N0}"),
            () => SyntheticGenerator.GenerateRegister(new GeneratorOptions(registerRows, 36, end, 20250), Path.Combine(root, "register"), reference));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio city/demo {city / baseline:0.0}x (10x the enterprises); register-only/demo {register / baseline:0.0}x"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB"));
        Directory.Delete(root, recursive: true);
    }

    private static double Time(string name, Func<GeneratedDataSet> run)
    {
        var watch = Stopwatch.StartNew();
        var set = run();
        watch.Stop();
        var bytes = new DirectoryInfo(Path.GetDirectoryName(set.RegisterPath)!).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {watch.Elapsed.TotalSeconds:0.00} s, {set.ReportRows:N0} report rows, {bytes / (1024.0 * 1024.0):0.0} MiB written"));
        return watch.Elapsed.TotalSeconds;
    }
}
