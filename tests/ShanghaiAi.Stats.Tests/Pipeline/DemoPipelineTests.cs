using System.Globalization;
using ClosedXML.Excel;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Pipeline;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Tests.Outputs;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Pipeline;

/// <summary>
/// The demo end to end at a small size, checked against figures computed here, independently, from the generated
/// CSV files (not from the warehouse's reports).
/// </summary>
[Collection(SmallDemoCollection.Name)]
public sealed class DemoPipelineTests
{
    private readonly SmallDemo _demo;

    public DemoPipelineTests(SmallDemo demo) => _demo = demo;

    [Fact]
    public void Run_Default_ClosesEveryGeneratedMonth()
    {
        var generated = _demo.Result.Data.ReportPaths.Select(Path.GetFileName).Where(f => f!.StartsWith("monthly-", StringComparison.Ordinal))
            .Select(f => f!["monthly-".Length..^".csv".Length]).Order(StringComparer.Ordinal).ToList();
        using var c = new DuckDB.NET.Data.DuckDBConnection($"Data Source={_demo.Result.DatabasePath}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT DISTINCT strftime(period, '%Y-%m') AS p FROM vintages ORDER BY p";
        using var r = cmd.ExecuteReader();
        var closed = new List<string>();
        while (r.Read())
        {
            closed.Add(r.GetString(0));
        }

        generated.Should().HaveCount(14);
        closed.Should().Equal(generated, "the demo closes every generated month, not only the last twelve");
        _demo.Result.Closes.Should().Be(14);
        new DemoOptions("out", Months: 36).MonthsClosed.Should().Be(36);
    }

    [Fact]
    public void Run_SmallDataSet_PublicPartHoldsNoEnterpriseAndNoSuppressedValue()
    {
        var dir = _demo.Result.OutDir;
        var warehouse = StatsWarehouse.Open(_demo.Result.DatabasePath);
        var (codes, names) = EnterpriseIdentities.Read(warehouse);
        var cells = VintageStore.Cells(warehouse, _demo.Result.Close.VintageId);

        codes.Should().HaveCountGreaterThan(250);
        PublicPartCheck.Findings(Path.Combine(dir, "public"), new PublicPartCheck.Forbidden(codes, names, cells, [])).Should().BeEmpty();
        File.ReadAllText(Path.Combine(dir, "public", "dashboard", "index.html")).Should().NotContain("待复核", "the review queue is internal");
        Directory.EnumerateFiles(Path.Combine(dir, "public"), "*", SearchOption.AllDirectories).Select(Path.GetFileName)
            .Should().NotContain(["review-queue.csv", "revisions.csv", "indicators.csv", "close-summary.json", "return-2026-10.xlsx"]);
        VintageStore.Get(warehouse, _demo.Result.Close.VintageId).IsReleased.Should().BeTrue();
    }

    [Fact]
    public void Run_SmallDataSet_ReleaseIsByteIdenticalToAnExportOfTheVintage()
    {
        var warehouse = StatsWarehouse.Open(_demo.Result.DatabasePath);
        var again = Path.Combine(_demo.Result.OutDir, "..", Path.GetFileName(_demo.Result.OutDir) + "-export");
        try
        {
            new PeriodRelease(warehouse, ReferenceData.Embedded, TimeProvider.System).Release(_demo.Result.Close.VintageId, again);
            ReleaseFiles.ShouldBeSameAs(again, _demo.Result.OutDir);
        }
        finally
        {
            Directory.Delete(again, recursive: true);
        }
    }

    [Fact]
    public void Run_SmallDataSet_WritesEveryOutputOfTheContract()
    {
        var dir = _demo.Result.OutDir;
        // The contract's names at the top of the demo folder (links into the release, for the shared checker)...
        foreach (var f in new[] { "indicators.csv", "indicators-public.csv", "park-scores.csv",
                     "dashboard/index.html", "return-2026-10.xlsx", "return-2026-10-public.xlsx", "charts/trend-ytd.png" })
        {
            File.Exists(Path.Combine(dir, f)).Should().BeTrue(f);
        }

        // ...and the release itself, in its two parts.
        foreach (var f in new[] { "internal/indicators.csv", "internal/indicators.parquet", "public/indicators-public.csv",
                     "public/indicators-sdmx.csv", "public/park-scores.csv", "public/dashboard/index.html" })
        {
            File.Exists(Path.Combine(dir, f)).Should().BeTrue(f);
        }

        Directory.GetFiles(Path.Combine(dir, "charts"), "*.png").Should().NotBeEmpty();
        Directory.GetFiles(Path.Combine(dir, "charts"), "*.svg").Should().NotBeEmpty();
        using var wb = new XLWorkbook(Path.Combine(dir, "return-2026-10.xlsx"));
        wb.Worksheets.Count.Should().BeGreaterThan(5);
        wb.Worksheets.Select(w => w.Name).Should().Contain("园区智能化指数");
        File.ReadAllText(Path.Combine(dir, "dashboard/index.html")).Should().Contain("2026");
        var review = Csv(Path.Combine(dir, "internal", "review-queue.csv"));
        review.Select(r => r["uscc"]).Should().BeEquivalentTo(
            Csv(Path.Combine(dir, "classified.csv")).Where(r => r["review"] == "Y").Select(r => r["uscc"]));
    }

    [Fact]
    public void Run_EveryUpload_AccountsForEveryRow()
    {
        _demo.Result.Uploads.Should().NotBeEmpty();
        foreach (var u in _demo.Result.Uploads)
        {
            (u.Accepted + u.Rejected + u.Duplicates).Should().Be(u.DataRows, u.FileName);
        }

        var monthlyRows = _demo.Result.Data.ReportPaths.Sum(p => File.ReadLines(p).Count() - 1);
        _demo.Result.Uploads.Where(u => u.Kind == "monthly-report").Sum(u => u.DataRows).Should().Be(monthlyRows);
    }

    [Fact]
    public void Run_CellsWithoutImputation_EqualSumsOverTheGeneratedReportFile()
    {
        var rows = Csv(_demo.LatestReportFile);
        var category = _demo.CategoryByUscc;
        var indicators = Csv(Path.Combine(_demo.Result.OutDir, "indicators.csv"));
        var checkedCells = 0;
        foreach (var cell in indicators.Where(c => c["indicator_code"] is "revenue" or "ai_revenue" or "rd_expense"
                                                  && c["breakdown"] is "category" or "category_l1" && c["obs_status"] == "A"))
        {
            var code = cell["breakdown_code"];
            var members = rows.Where(r => category.TryGetValue(r["uscc"], out var c) && c != "00"
                                          && (cell["breakdown"] == "category" ? c == code : c[..2] == code)).ToList();
            var column = cell["indicator_code"] + "_ytd";
            var expectedYtd = members.Sum(r => decimal.Parse(r[column], CultureInfo.InvariantCulture));
            var expectedPrev = members.Sum(r => r[column + "_prev"].Length == 0 ? 0m : decimal.Parse(r[column + "_prev"], CultureInfo.InvariantCulture));
            decimal.Parse(cell["value_ytd"], CultureInfo.InvariantCulture).Should().Be(expectedYtd, $"{column} {code}");
            decimal.Parse(cell["value_ytd_prev"], CultureInfo.InvariantCulture).Should().Be(expectedPrev, $"{column}_prev {code}");
            int.Parse(cell["contributors"], CultureInfo.InvariantCulture).Should().Be(members.Count);
            checkedCells++;
        }

        checkedCells.Should().BeGreaterThan(10, "enough cells without imputation to check");
    }

    [Fact]
    public void Run_TotalCounts_EqualTheGeneratedReportFile()
    {
        var rows = Csv(_demo.LatestReportFile);
        var inScope = _demo.CategoryByUscc.Where(kv => kv.Value != "00").Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        var indicators = Csv(Path.Combine(_demo.Result.OutDir, "indicators.csv"));
        string Total(string code) => indicators.Single(c => c["indicator_code"] == code && c["breakdown"] == "total")["value"];

        decimal.Parse(Total("enterprises_in_scope"), CultureInfo.InvariantCulture).Should().Be(inScope.Count);
        decimal.Parse(Total("enterprises_reported"), CultureInfo.InvariantCulture)
            .Should().Be(rows.Count(r => inScope.Contains(r["uscc"])));
    }

    internal static List<Dictionary<string, string>> Csv(string path)
    {
        var records = CsvText.Parse(File.ReadAllText(path));
        var header = records[0];
        return records.Skip(1)
            .Select(r => header.Select((h, i) => (h, v: r[i])).ToDictionary(x => x.h, x => x.v, StringComparer.Ordinal))
            .ToList();
    }

    /// <summary>One small demo run shared by the tests of the collection (300 enterprises x 14 months, every month closed).</summary>
    public sealed class SmallDemo : IDisposable
    {
        public SmallDemo()
        {
            var dir = Directory.CreateTempSubdirectory("aistats-demo-").FullName;
            Result = new DemoPipeline(ReferenceData.Embedded, TimeProvider.System)
                .Run(new DemoOptions(dir, Enterprises: 300, Months: 14, End: new Period(2026, 10), Seed: 7));
            LatestReportFile = Result.Data.ReportPaths.Single(p => Path.GetFileName(p) == "monthly-2026-10.csv");
            var classified = Csv(Path.Combine(dir, "classified.csv"));
            CategoryByUscc = classified.ToDictionary(r => r["uscc"], r => r["category"], StringComparer.Ordinal);
        }

        public DemoResult Result { get; }

        public string LatestReportFile { get; }

        public IReadOnlyDictionary<string, string> CategoryByUscc { get; }

        public void Dispose()
        {
            if (Environment.GetEnvironmentVariable("AISTATS_KEEP_TEST_OUTPUT") is null)
            {
                Directory.Delete(Result.OutDir, recursive: true);
            }
        }
    }
}
