using System.Globalization;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Synthetic;

namespace ShanghaiAi.Stats.Benchmarks;

/// <summary>
/// Generator throughput: the default demo (2,000 x 36, the baseline), city scale (20,000 x 36) and a register-only
/// run (default 1,000,000 enterprises, the input of the classifier benchmark). Args: [registerRows] [outDir].
/// </summary>
public static class SyntheticBenchmark
{
    public static void Run(string[] args)
    {
        Measure.Header("synthetic");
        var registerRows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var root = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "aistats-synthetic-bench");
        var end = new Period(2026, 9);
        var reference = ReferenceData.Embedded;
        try
        {
            var demo = Step("demo 2,000 x 36 (baseline)", () => SyntheticGenerator.Generate(new GeneratorOptions(2_000, 36, end, 20250), Path.Combine(root, "demo"), reference));
            var city = Step("city 20,000 x 36", () => SyntheticGenerator.Generate(new GeneratorOptions(20_000, 36, end, 20250), Path.Combine(root, "city"), reference));
            var register = Step(string.Create(CultureInfo.InvariantCulture, $"register-only {registerRows:N0}"),
                () => SyntheticGenerator.GenerateRegister(new GeneratorOptions(registerRows, 36, end, 20250), Path.Combine(root, "register"), reference));
            Console.WriteLine($"city / demo: {Measure.Ratio(city, demo)} (10x the enterprises); register-only / demo: {Measure.Ratio(register, demo)}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {Measure.PeakMb():0} MB"));
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static TimeSpan Step(string name, Func<GeneratedDataSet> run)
    {
        GeneratedDataSet? set = null;
        var elapsed = Measure.Time(() => set = run());
        var bytes = new DirectoryInfo(Path.GetDirectoryName(set!.RegisterPath)!).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {Measure.Seconds(elapsed)}, {set.ReportRows:N0} report rows, {bytes / (1024.0 * 1024.0):0.0} MB written"));
        return elapsed;
    }
}
