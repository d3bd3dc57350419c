using System.Globalization;
using System.Text;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Synthetic;

/// <summary>
/// The seeded synthetic data set (合成数据; every figure is synthetic): register, monthly reports of form AI-1 with
/// revisions and non-response, member rosters of three associations, park reports, and the intended categories
/// (truth.csv). The same options and seed give byte-identical files.
/// </summary>
public static class SyntheticGenerator
{
    public static readonly string[] RegisterHeader =
        ["uscc", "name", "district_code", "park_id", "industry_code", "business_scope", "main_products", "registered_on", "size_class"];

    public static readonly string[] TruthHeader = ["uscc", "true_category", "ai_enterprise"];

    /// <summary>Writes the whole data set under <paramref name="outDir"/>.</summary>
    public static GeneratedDataSet Generate(GeneratorOptions options, string outDir, ReferenceData reference)
        => Run(options, outDir, reference, registerOnly: false);

    /// <summary>Writes only register.csv and truth.csv, streaming (for classifier benchmarks at 1,000,000 rows).</summary>
    public static GeneratedDataSet GenerateRegister(GeneratorOptions options, string outDir, ReferenceData reference)
        => Run(options, outDir, reference, registerOnly: true);

    private static GeneratedDataSet Run(GeneratorOptions options, string outDir, ReferenceData reference, bool registerOnly)
    {
        Guard.NotNull(options);
        Guard.NotEmpty(outDir);
        Guard.NotNull(reference);
        options.Validate();

        Directory.CreateDirectory(outDir);
        var reportsDir = Path.Combine(outDir, "reports");
        var membersDir = Path.Combine(outDir, "members");
        var parksDir = Path.Combine(outDir, "parks");
        Clean(reportsDir, "monthly-*.csv", "revisions-*.csv");
        Clean(membersDir, "*.xlsx");
        Clean(parksDir, "park-report-*.csv");
        var manifestPath = Path.Combine(outDir, "dirty-manifest.csv");
        if (File.Exists(manifestPath))
        {
            File.Delete(manifestPath);
        }

        WriteReadme(options, outDir, registerOnly);
        var registerPath = Path.Combine(outDir, "register.csv");
        var truthPath = Path.Combine(outDir, "truth.csv");
        var factory = new EnterpriseFactory(options, reference);

        using var register = new StreamWriter(registerPath, append: false, ReportWriter.Utf8Bom, 1 << 16) { NewLine = "\n" };
        using var truth = new StreamWriter(truthPath, append: false, ReportWriter.Utf8Bom, 1 << 16) { NewLine = "\n" };
        register.Write(CsvText.Line(RegisterHeader));
        register.Write('\n');
        truth.Write(CsvText.Line(TruthHeader));
        truth.Write('\n');

        if (registerOnly)
        {
            for (var i = 0; i < options.Enterprises; i++)
            {
                WriteRegisterRow(register, truth, factory.Create(i));
            }

            return new GeneratedDataSet(registerPath, [], [], [], truthPath, options.Enterprises);
        }

        Directory.CreateDirectory(reportsDir);
        Directory.CreateDirectory(membersDir);
        Directory.CreateDirectory(parksDir);
        using var manifest = options.Dirty ? new StreamWriter(manifestPath, append: false, new UTF8Encoding(true)) { NewLine = "\n" } : null;
        manifest?.Write("file,line,uscc,period,kind\n");
        var series = new MonthlySeries(options);
        var rosters = new RosterWriter(options);
        List<string> reportPaths;
        List<string> revisionPaths;
        long rows;
        using (var reports = new ReportWriter(options, reportsDir, manifest))
        {
            for (var i = 0; i < options.Enterprises; i++)
            {
                var e = factory.Create(i);
                WriteRegisterRow(register, truth, e);
                series.Simulate(e, Seeds.For(options.Seed, i, Seeds.Series));
                reports.Write(e, series, Seeds.For(options.Seed, i, Seeds.Dirt));
                rosters.Consider(e);
            }

            reportPaths = reports.UploadOrder();
            revisionPaths = reports.RevisionPaths();
            rows = reports.Rows;
        }

        var rosterPaths = rosters.WriteAll(membersDir);
        var parkPaths = ParkReportWriter.WriteAll(options, reference.Parks, parksDir);
        return new GeneratedDataSet(registerPath, reportPaths, rosterPaths, parkPaths, truthPath, options.Enterprises)
        {
            RevisionPaths = revisionPaths,
            DirtyManifestPath = options.Dirty ? manifestPath : null,
            ReportRows = rows,
        };
    }

    private static void WriteRegisterRow(StreamWriter register, StreamWriter truth, SyntheticEnterprise e)
    {
        var r = e.Entry;
        register.Write(CsvText.Line([r.Uscc, r.Name, r.DistrictCode, r.ParkId, r.IndustryCode, r.BusinessScope, r.MainProducts,
            EnterpriseFactory.Date(r.RegisteredOn!.Value), r.SizeClass]));
        register.Write('\n');
        truth.Write(e.Uscc);
        truth.Write(',');
        truth.Write(e.Profile.Code);
        truth.Write(',');
        truth.Write(e.AiEnterprise ? 'Y' : 'N');
        truth.Write('\n');
    }

    /// <summary>README.md of the data set: every figure is synthetic, and how it was made.</summary>
    private static void WriteReadme(GeneratorOptions o, string outDir, bool registerOnly)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"""
            # 合成数据 · Synthetic data

            Every enterprise, name, code and figure in this folder is **synthetic** (generated, not real).
            本目录中的企业、名称、代码和数据均为程序生成的合成数据，不代表任何真实企业。

            Generated by `aistats generate --enterprises {o.Enterprises} --months {o.Months} --end {o.End} --seed {o.Seed}{(o.Dirty ? " --dirty" : string.Empty)}{(registerOnly ? " --register-only" : string.Empty)}`.

            - `register.csv` enterprise register (基本单位名录), UTF-8 with BOM
            - `truth.csv` the category the generator intended (uscc, true_category, ai_enterprise)
            - `reports/monthly-YYYY-MM.csv` form AI-1, {o.Start}..{o.End}, money in 千元, flows year-to-date
            - `reports/revisions-YYYY-MM.csv` restated rows of the previous month, uploaded after that month's file
            - `members/*.xlsx` member rosters of three associations (with contact columns ingestion must drop)
            - `parks/park-report-YYYY-MM.csv` park reports for quarter-end months and the end month
            - `dirty-manifest.csv` (with --dirty) every injected error: file, line, uscc, period, kind

            The series: the Spring Festival dip falls on January or February by the year's festival date (2024-02-10,
            2025-01-29, 2026-02-17 ...), December peaks, categories grow at different rates that change by year, 智能网联汽车
            (0402) has a shock from {SectorShock.Months(o.End)[0]} to {SectorShock.Months(o.End)[^1]}, and enterprises enter
            (registered during the window) and exit (stop reporting).

            """);
        File.WriteAllText(Path.Combine(outDir, "README.md"), text.Replace("\r\n", "\n", StringComparison.Ordinal), new UTF8Encoding(false));
    }

    private static void Clean(string dir, params string[] patterns)
    {
        if (!Directory.Exists(dir))
        {
            return;
        }

        foreach (var pattern in patterns)
        {
            foreach (var file in Directory.GetFiles(dir, pattern))
            {
                File.Delete(file);
            }
        }
    }
}
