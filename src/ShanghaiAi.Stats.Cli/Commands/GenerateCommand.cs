using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Synthetic;
using Spectre.Console;

namespace ShanghaiAi.Stats.Cli.Commands;

/// <summary><c>aistats generate</c>: the seeded synthetic data set (合成数据).</summary>
public static class GenerateCommand
{
    public const int DefaultEnterprises = 2_000;
    public const int DefaultMonths = 36;
    public const int DefaultSeed = 20250;

    public static Command Create() => Create(TimeProvider.System);

    public static Command Create(TimeProvider time)
    {
        var enterprises = new Option<int>("--enterprises") { Description = "Enterprises in the register (企业数)", DefaultValueFactory = _ => DefaultEnterprises };
        var months = new Option<int>("--months") { Description = "Reported months ending with --end (月数)", DefaultValueFactory = _ => DefaultMonths };
        var end = new Option<string?>("--end") { Description = "Last reported month YYYY-MM (default: the previous month)" };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives identical files", DefaultValueFactory = _ => DefaultSeed };
        var outDir = new Option<string>("--out") { Description = "Output directory", DefaultValueFactory = _ => "synthetic" };
        var dirty = new Option<bool>("--dirty") { Description = "Add realistic errors to a small share of report rows (listed in dirty-manifest.csv)" };
        var registerOnly = new Option<bool>("--register-only") { Description = "Write only register.csv and truth.csv (streaming; for 1,000,000-row benchmarks)" };

        var cmd = new Command("generate", "Write a synthetic data set (合成数据): register, monthly reports, member rosters, park reports, truth");
        foreach (var o in new Option[] { enterprises, months, end, seed, outDir, dirty, registerOnly })
        {
            cmd.Options.Add(o);
        }

        cmd.SetAction(parse => CliErrors.Run(() =>
        {
            var endText = parse.GetValue(end);
            var endPeriod = string.IsNullOrWhiteSpace(endText)
                ? Period.FromDate(time.GetLocalNow().DateTime).Previous
                : Period.Parse(endText);
            var options = new GeneratorOptions(parse.GetValue(enterprises), parse.GetValue(months), endPeriod, parse.GetValue(seed), parse.GetValue(dirty));
            if (options.Problem() is { } problem)
            {
                throw new StatsException($"{FlagOf(problem)}: {problem}");
            }

            var dir = Path.GetFullPath(parse.GetValue(outDir)!);
            if (File.Exists(dir))
            {
                throw new StatsException($"--out {parse.GetValue(outDir)}: an existing file; expected a folder (existing or new) for the data set");
            }

            var watch = Stopwatch.StartNew();
            var set = parse.GetValue(registerOnly)
                ? SyntheticGenerator.GenerateRegister(options, dir, ReferenceData.Embedded)
                : SyntheticGenerator.Generate(options, dir, ReferenceData.Embedded);
            watch.Stop();
            Print(set, options, dir, watch.Elapsed);
            return 0;
        }));
        return cmd;
    }

    /// <summary>The flag that sets what a core message speaks of.</summary>
    private static string FlagOf(string problem) => problem.StartsWith("the number of enterprises", StringComparison.Ordinal) ? "--enterprises"
        : problem.StartsWith("the number of months", StringComparison.Ordinal) ? "--months" : "--end/--months";

    private static void Print(GeneratedDataSet set, GeneratorOptions options, string dir, TimeSpan elapsed)
    {
        var table = new Table().AddColumn("output (输出)").AddColumn("files").AddColumn("detail");
        table.AddRow("register.csv 名录", "1", Num(set.Enterprises) + " enterprises");
        table.AddRow("truth.csv", "1", "intended category per enterprise");
        if (set.ReportPaths.Count > 0)
        {
            table.AddRow("reports/ 月报 AI-1", Num(set.ReportPaths.Count), string.Create(CultureInfo.InvariantCulture,
                $"{Num(set.ReportRows)} rows, {options.Start}..{options.End}, {set.RevisionPaths.Count} revision files"));
            table.AddRow("members/ 会员名录", Num(set.MemberRosterPaths.Count), string.Join(", ", set.MemberRosterPaths.Select(Path.GetFileName)));
            table.AddRow("parks/ 园区监测", Num(set.ParkReportPaths.Count), "12 parks per period");
        }

        if (set.DirtyManifestPath is not null)
        {
            table.AddRow("dirty-manifest.csv", "1", "injected errors");
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, "Synthetic data (合成数据, seed {0}) written to [bold]{1}[/] in {2:0.0} s",
            options.Seed, Markup.Escape(dir), elapsed.TotalSeconds);
    }

    private static string Num(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
