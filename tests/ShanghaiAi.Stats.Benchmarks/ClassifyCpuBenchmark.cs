using System.Diagnostics;
using System.Globalization;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Pipeline;

namespace ShanghaiAi.Stats.Benchmarks;

/// <summary>
/// CPU per enterprise of the classifier alone, this build against a base build, in one process and one run (the
/// machine is shared, so the two are timed in turns, round after round, and compared by CPU time, not wall clock).
/// The base is another build's <c>ShanghaiAi.Stats.dll</c>, loaded into its own load context; both classify the
/// same rows read once into memory, on one thread, and every output line is compared: the run fails on the first
/// difference. Then, with <c>--cli</c>, both builds' <c>aistats classify --register</c> run as child processes on the
/// whole file (user + sys CPU from GNU time) and their outputs are compared byte for byte.
/// Usage: <c>classifycpu [--register CSV] [--rows 200000] [--rounds 3] [--base DIR] [--cli] [--out DIR] [--this-only]</c>.
/// </summary>
public static class ClassifyCpuBenchmark
{
    private const string DefaultRegister = "/tmp/r2bench/gen-1000000x1/register.csv";

    private const string DefaultBase = "/work/wt/base/src/ShanghaiAi.Stats.Cli/bin/Release/net10.0";

    public static void Run(string[] args)
    {
        var c = CultureInfo.InvariantCulture;
        var register = ArgText(args, "--register") ?? DefaultRegister;
        var rows = int.Parse(ArgText(args, "--rows") ?? "200000", c);
        var rounds = int.Parse(ArgText(args, "--rounds") ?? "3", c);
        var baseDir = ArgText(args, "--base") ?? DefaultBase;
        Measure.Header("classify CPU, base " + baseDir + " vs this build");

        var entries = Load(register, rows);
        Console.WriteLine(string.Create(c, $"{entries.Count:N0} enterprises of {register} in memory"));
        var mine = Classifier.Embedded;
        if (args.Contains("--this-only"))
        {
            for (var r = 1; r <= rounds; r++)
            {
                var m = CpuSeconds(() => entries.ForEach(e => mine.Classify(e)));
                Console.WriteLine(string.Create(c, $"round {r}: this {PerMillion(m, entries.Count):F2} s CPU per 1 M"));
            }

            return; // for a profiler: no base in the process
        }

        var theirs = new BaseClassifier(Path.Combine(baseDir, "ShanghaiAi.Stats.dll"), entries);
        var lines = new string[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            lines[i] = ClassificationCsv.Line(mine.Classify(entries[i]));
        }

        var differ = theirs.FirstDifference(lines);
        if (differ >= 0)
        {
            throw new InvalidOperationException($"row {differ + 1} differs:\nbase: {theirs.Line(differ)}\nthis: {lines[differ]}");
        }

        Console.WriteLine(string.Create(c, $"all {entries.Count:N0} output lines identical"));
        double baseCpu = double.MaxValue, mineCpu = double.MaxValue;
        for (var r = 1; r <= rounds; r++)
        {
            var b = CpuSeconds(() => theirs.ClassifyAll());
            var m = CpuSeconds(() =>
            {
                foreach (var e in entries)
                {
                    mine.Classify(e);
                }
            });
            baseCpu = Math.Min(baseCpu, b);
            mineCpu = Math.Min(mineCpu, m);
            Console.WriteLine(string.Create(c, $"round {r}: base {PerMillion(b, entries.Count):F2} s CPU per 1 M, this {PerMillion(m, entries.Count):F2} s CPU per 1 M, {b / m:F2}x"));
        }

        Console.WriteLine(string.Create(c,
            $"classifier alone (best of {rounds}): base {PerMillion(baseCpu, entries.Count):F2} s CPU per 1 M ({baseCpu / entries.Count * 1e6:F2} us each), this {PerMillion(mineCpu, entries.Count):F2} s ({mineCpu / entries.Count * 1e6:F2} us each): {baseCpu / mineCpu:F2}x cheaper"));
        if (args.Contains("--cli"))
        {
            Cli(register, baseDir, ArgText(args, "--out") ?? Path.Combine(Path.GetTempPath(), "aistats-classifycpu"), rounds);
        }
    }

    private static void Cli(string register, string baseDir, string outDir, int rounds)
    {
        var c = CultureInfo.InvariantCulture;
        Directory.CreateDirectory(outDir);
        var mineDll = Path.Combine(AppContext.BaseDirectory, "aistats.dll");
        var baseDll = Path.Combine(baseDir, "aistats.dll");
        double baseCpu = double.MaxValue, mineCpu = double.MaxValue;
        for (var r = 1; r <= rounds; r++)
        {
            var b = TimedChild(baseDll, register, Path.Combine(outDir, "base.csv"));
            var m = TimedChild(mineDll, register, Path.Combine(outDir, "this.csv"));
            baseCpu = Math.Min(baseCpu, b);
            mineCpu = Math.Min(mineCpu, m);
            Console.WriteLine(string.Create(c, $"cli round {r}: base {b:F2} s CPU, this {m:F2} s CPU (user + sys), {b / m:F2}x"));
        }

        var same = File.ReadAllBytes(Path.Combine(outDir, "base.csv")).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(outDir, "this.csv")));
        Console.WriteLine(string.Create(c, $"aistats classify --register (best of {rounds}): base {baseCpu:F2} s CPU, this {mineCpu:F2} s CPU: {baseCpu / mineCpu:F2}x; outputs {(same ? "byte-identical" : "DIFFER")}"));
        if (!same)
        {
            throw new InvalidOperationException("the classify outputs differ: " + outDir);
        }
    }

    /// <summary>User + system CPU seconds of <c>aistats classify --register</c>, from GNU time.</summary>
    private static double TimedChild(string dll, string register, string output)
    {
        var stats = output + ".time";
        var psi = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-f", "%U %S", "-o", stats, "dotnet", dll, "classify", "--register", register, "--out", output })
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{dll} exited {p.ExitCode}:\n{stdout.Result}{stderr.Result}");
        }

        var parts = File.ReadAllLines(stats).Last(l => l.Length > 0).Split(' ');
        return double.Parse(parts[0], CultureInfo.InvariantCulture) + double.Parse(parts[1], CultureInfo.InvariantCulture);
    }

    private static double PerMillion(double seconds, int count) => seconds / count * 1e6;

    /// <summary>Process CPU (user + sys, every thread: the collector's too) spent by <paramref name="work"/> on this thread.</summary>
    private static double CpuSeconds(Action work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var p = Process.GetCurrentProcess();
        var before = p.TotalProcessorTime;
        work();
        p.Refresh();
        return (p.TotalProcessorTime - before).TotalSeconds;
    }

    private static List<RegisterEntry> Load(string path, int rows)
    {
        var entries = new List<RegisterEntry>(rows);
        using var reader = UploadTableReader.Open(path, IngestKinds.Register, ["uscc", "name"]);
        var columns = KindSchema.RegisterColumns.Length;
        while (entries.Count < rows && reader.Read())
        {
            var cells = new string?[columns];
            for (var i = 0; i < columns; i++)
            {
                cells[i] = reader.Cell(i);
            }

            if (new RegisterFileRow(reader.RowNumber, cells).ToEntry().Entry is { } e)
            {
                entries.Add(e);
            }
        }

        return entries;
    }

    private static string? ArgText(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
