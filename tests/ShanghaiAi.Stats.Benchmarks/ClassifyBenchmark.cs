using System.Diagnostics;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Pipeline;

namespace ShanghaiAi.Stats.Benchmarks;

/// <summary>
/// Classifies a generated register of N rows (default 1,000,000) from CSV to the classify output CSV, and compares
/// it with DuckDB reading the same CSV with read_csv into a table, measured in the same run.
/// Usage: <c>classify [--rows N] [--workers 2] [--dir PATH] [--keep]</c>.
/// </summary>
public static class ClassifyBenchmark
{
    public static void Run(string[] args)
    {
        var rows = Arg(args, "--rows", 1_000_000);
        var workers = Arg(args, "--workers", 2);
        var dir = ArgText(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "aistats-classify-bench");
        Directory.CreateDirectory(dir);
        var register = Path.Combine(dir, "register.csv");
        var output = Path.Combine(dir, "classified.csv");
        var c = CultureInfo.InvariantCulture;

        var sw = Stopwatch.StartNew();
        var bytes = ClassifyRegisterGenerator.Write(register, rows, seed: 20251);
        Console.WriteLine(string.Create(c, $"generated {rows:N0} register rows ({bytes / 1e6:F0} MB) in {sw.Elapsed.TotalSeconds:F1} s"));

        var classifier = new Classifier(ClassificationStandard.LoadEmbedded());
        classifier.Classify(new RegisterEntry(Uscc.WithCheck("91310115000000001"), "warm-up", null, null, "6513", "人工智能应用软件开发", null, null, null));
        sw.Restart();
        var summary = RegisterFileClassification.Run(classifier, register, output, workers: workers);
        var classifySeconds = sw.Elapsed.TotalSeconds;
        var classifyPeak = Process.GetCurrentProcess().PeakWorkingSet64;

        sw.Restart();
        long loaded;
        using (var db = new DuckDBConnection("Data Source=:memory:"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "SET threads = " + workers.ToString(c) + "; CREATE TABLE register AS SELECT * FROM read_csv('" + register.Replace("'", "''", StringComparison.Ordinal) +
                "', header = true, columns = {'uscc': 'VARCHAR', 'name': 'VARCHAR', 'district_code': 'VARCHAR', 'park_id': 'VARCHAR', 'industry_code': 'VARCHAR', " +
                "'business_scope': 'VARCHAR', 'main_products': 'VARCHAR', 'registered_on': 'DATE', 'size_class': 'VARCHAR'})";
            cmd.ExecuteNonQuery();
            cmd.CommandText = "SELECT count(*) FROM register";
            loaded = Convert.ToInt64(cmd.ExecuteScalar(), c);
        }

        var baselineSeconds = sw.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(c, $"classified {summary.Classified:N0} of {summary.DataRows:N0} rows (in scope {summary.InScope:N0}, review {summary.Review:N0}, rejected {summary.Rejected + summary.Duplicates:N0}) with {workers} workers"));
        Console.WriteLine(string.Create(c, $"classify:  {classifySeconds:F2} s, {summary.Classified / classifySeconds:N0} rows/s, peak working set {classifyPeak / 1048576.0:F0} MB (target < 1536 MB)"));
        Console.WriteLine(string.Create(c, $"baseline:  DuckDB read_csv into a table, {loaded:N0} rows, {baselineSeconds:F2} s, {loaded / baselineSeconds:N0} rows/s (threads = {workers})"));
        Console.WriteLine(string.Create(c, $"ratio:     {classifySeconds / baselineSeconds:F2}x the baseline (target <= 4x)"));
        foreach (var (code, n) in summary.ByCategory)
        {
            Console.Write(string.Create(c, $"{code}:{n} "));
        }

        Console.WriteLine();
        if (!args.Contains("--keep"))
        {
            File.Delete(register);
            File.Delete(output);
        }
    }

    private static int Arg(string[] args, string name, int fallback)
        => ArgText(args, name) is { } v ? int.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;

    private static string? ArgText(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
