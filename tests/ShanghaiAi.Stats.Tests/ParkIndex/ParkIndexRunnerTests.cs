using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.Extensions.Time.Testing;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.ParkIndex;
using static ShanghaiAi.Stats.Tests.ParkIndex.ParkIndexTestData;

namespace ShanghaiAi.Stats.Tests.ParkIndex;

public sealed class ParkIndexRunnerTests : IDisposable
{
    private static readonly Period Sep = new(2026, 9);
    private readonly ParkIndexWarehouseData _data = new();

    private ParkIndexOptions Options => new(Runs: 200, Clock: new FakeTimeProvider(new DateTimeOffset(2026, 10, 21, 8, 0, 0, TimeSpan.Zero)));

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Load_WarehouseRows_BuildTheRawMatrixFromReportsCellsAndRegister()
    {
        var inputs = ParkIndexInputs.Load(_data.Warehouse, Ref, Embedded, Sep, "2026-09.v2");
        var m = inputs.Matrix;

        // Current 2026-09 report, not the superseded revision (7777) nor the June report (9999).
        m.Get("SHAIP01", "compute_capacity_pflops").Should().Be(100);
        m.Get("SHAIP02", "pue").Should().BeApproximately(1.2, 1e-12);
        m.Get("SHAIP01", "ethics_review").Should().Be(1);
        m.Get("SHAIP02", "ethics_review").Should().Be(0);

        // Cells of vintage v2 only: rd_intensity = rd_expense.value_ytd / revenue.value_ytd x 100 = 500 n^2 / 10000 n x 100 = 5 n.
        m.Get("SHAIP02", "rd_intensity").Should().BeApproximately(10, 1e-12);
        m.Get("SHAIP04", "ai_patents_per_enterprise").Should().BeApproximately(48.0 / 14, 1e-12);
        m.Get("SHAIP02", "ai_enterprises").Should().Be(12);
        m.Get("SHAIP02", "ai_revenue_ytd").Should().Be(16000);
        m.Get("SHAIP02", "ai_revenue_yoy").Should().Be(10);
        m.Get("SHAIP02", "rd_staff_share").Should().BeApproximately(40.0 / 120 * 100, 1e-12);

        // rd_expense of SHAIP03 is suppressed (conf_status A): missing data for the index.
        double.IsNaN(m.Get("SHAIP03", "rd_intensity")).Should().BeTrue();

        // 规上 share among current AI enterprises: E1, E2 规上, E3 规下 now (its old 规上 row is history), E4 not AI.
        m.Get("SHAIP01", "above_scale_share").Should().BeApproximately(200.0 / 3, 1e-12);
        m.Get("SHAIP02", "above_scale_share").Should().Be(0);
        double.IsNaN(m.Get("SHAIP03", "above_scale_share")).Should().BeTrue();

        inputs.ReportPeriods["SHAIP05"].Should().Be(new Period(2026, 7));
        inputs.ReportPeriods["SHAIP06"].Should().BeNull();
    }

    [Fact]
    public void Run_Close_WritesScoresCsvWithContractColumnsAndFlags()
    {
        var result = ParkIndexRunner.Run(_data.Warehouse, Ref, Sep, "2026-09.v2", _data.OutDir, Options);

        var lines = File.ReadAllLines(result.Files.ScoresCsv);
        lines[0].Should().Be("park_id,period,score,rank,rank_p05,rank_p95,dim_A,dim_B,dim_C,dim_D,dim_E,dim_F,method_version,rank_median,flags");
        lines.Should().HaveCount(13);
        result.Scores.Count(s => s.Score is not null).Should().Be(5);
        result.Scores.Where(s => s.Score is not null).Select(s => s.Rank!.Value).Order().Should().Equal(1, 2, 3, 4, 5);
        result.Scores.Should().OnlyContain(s => s.Score == null || (s.RankP05 <= s.Rank && s.Rank <= s.RankP95));

        var s3 = result.Scores.Single(s => s.ParkId == "SHAIP03");
        s3.Flags.Should().Contain("imputed:above_scale_share+rd_intensity");
        result.Scores.Single(s => s.ParkId == "SHAIP05").Flags.Should().Contain("stale-report:2026-07");
        var s6 = result.Scores.Single(s => s.ParkId == "SHAIP06");
        s6.Score.Should().BeNull();
        s6.Flags.Should().Equal("no-park-report", "no-score:missing 19 of 19");
        lines.Single(l => l.StartsWith("SHAIP06,", StringComparison.Ordinal))
            .Should().Be("SHAIP06,2026-09,,,,,,,,,,,2025.2,,no-park-report;no-score:missing 19 of 19");

        // SHAIP05 leads compute (500) and has the largest park: its compute dimension scores above SHAIP01's.
        result.Scores.Single(s => s.ParkId == "SHAIP05").Dimensions["A"].Should().BeGreaterThan(result.Scores.Single(s => s.ParkId == "SHAIP01").Dimensions["A"]);
        _data.Scalar<long>("SELECT count(*) FROM park_scores WHERE vintage_id = '2026-09.v2'").Should().Be(12);
    }

    [Fact]
    public void Run_Close_WritesChartDataAndExplanations()
    {
        var result = ParkIndexRunner.Run(_data.Warehouse, Ref, Sep, "2026-09.v2", _data.OutDir, Options);

        using var charts = JsonDocument.Parse(File.ReadAllText(result.Files.ChartsJson));
        var root = charts.RootElement;
        root.GetProperty("ranked").GetArrayLength().Should().Be(12);
        var first = root.GetProperty("ranked")[0];
        first.GetProperty("rank").GetInt32().Should().Be(1);
        first.GetProperty("rank_p05").GetInt32().Should().BeLessThanOrEqualTo(1);
        root.GetProperty("heatmap").GetProperty("values").GetArrayLength().Should().Be(12);
        root.GetProperty("heatmap").GetProperty("values")[0].GetArrayLength().Should().Be(6);
        root.GetProperty("trend").GetArrayLength().Should().Be(12);
        File.ReadAllText(result.Files.ChartsJson).Should().Contain("张江人工智能岛");

        using var expl = JsonDocument.Parse(File.ReadAllText(result.Files.ExplanationsJson));
        var parks = expl.RootElement.GetProperty("parks");
        parks.GetArrayLength().Should().Be(12);
        var e1 = result.Explanations.Single(e => e.ParkId == "SHAIP01");
        e1.TextZh.Should().StartWith("张江人工智能岛综合得分");
        e1.TextEn.Should().StartWith("Zhangjiang AI Island scores ");
        result.Explanations.Single(e => e.ParkId == "SHAIP09").TextEn
            .Should().Be("Songjiang G60 AI Industrial Base has no score this period: 19 of 19 indicators are missing (more than a third).");
        File.ReadAllLines(result.Files.SensitivityCsv)[0].Should().StartWith("assumption,share_of_rank_variance,SHAIP01,");
    }

    [Fact]
    public void Run_TwoPeriods_TrendHoldsBothPeriods()
    {
        ParkIndexRunner.Run(_data.Warehouse, Ref, Sep, "2026-09.v2", _data.OutDir, Options);
        _data.AddVintage("2026-10.v1", "2026-10");

        var oct = ParkIndexRunner.Run(_data.Warehouse, Ref, new Period(2026, 10), "2026-10.v1", Path.Combine(_data.Dir, "oct"), Options);

        var t = oct.Trend.Where(p => p.ParkId == "SHAIP02").ToList();
        t.Select(p => p.Period.ToString()).Should().Equal("2026-09", "2026-10");
        t.Should().OnlyContain(p => p.Score != null);
        // In October SHAIP05's July report is older than 3 months: it is no longer used.
        oct.Scores.Single(s => s.ParkId == "SHAIP05").Flags.Should().Contain("no-park-report");
    }

    [Fact]
    public void AddSheet_Scores_RendersNumbersAndChineseText()
    {
        var result = ParkIndexRunner.Run(_data.Warehouse, Ref, Sep, "2026-09.v2", _data.OutDir, Options with { Persist = false });
        var path = Path.Combine(_data.Dir, "sheet.xlsx");

        using (var wb = new XLWorkbook())
        {
            ParkScoreWorkbook.AddSheet(wb, result.Sheet);
            wb.SaveAs(path);
        }

        using var read = new XLWorkbook(path);
        var ws = read.Worksheet(ParkScoreWorkbook.DefaultSheetName);
        ws.Cell(1, 1).GetString().Should().Be("上海市人工智能产业园区智能化水平评价指数");
        ws.Cell(3, 3).GetString().Should().Be("综合得分");
        var top = result.Scores.Single(s => s.Rank == 1);
        ws.Cell(4, 1).GetString().Should().Be(top.ParkId);
        ws.Cell(4, 3).DataType.Should().Be(XLDataType.Number);
        ws.Cell(4, 3).GetDouble().Should().BeApproximately(top.Score!.Value, 1e-9);
        ws.Cell(4, 4).GetDouble().Should().Be(1);
        _data.Scalar<long>("SELECT count(*) FROM park_scores").Should().Be(0);
    }

    [Fact]
    public void Run_VintageWithoutParkData_ListsEveryParkWithoutScore()
    {
        _data.Exec("INSERT INTO vintages VALUES ('2025-01.v1', DATE '2025-01-01', 1, TIMESTAMP '2025-02-01 00:00:00', '{}', NULL)");

        var result = ParkIndexRunner.Run(_data.Warehouse, Ref, new Period(2025, 1), "2025-01.v1", _data.OutDir, Options);

        // Only the register-based 规上 share exists (for SHAIP01 and SHAIP02): 18 of 19 missing there, 19 elsewhere.
        result.Scores.Should().HaveCount(12).And.OnlyContain(s => s.Score == null);
        result.Scores.Where(s => s.Flags.Contains("no-score:missing 18 of 19")).Select(s => s.ParkId).Should().Equal("SHAIP01", "SHAIP02");
        File.ReadAllLines(result.Files.ScoresCsv).Should().HaveCount(13);
        result.Sensitivity.Should().OnlyContain(s => s.Share == 0);
    }

    [Fact]
    public void RequireVintage_UnknownOrOtherPeriod_FailsClearly()
    {
        ParkIndexInputs.RequireVintage(_data.Warehouse, Sep, "2026-09.v1");

        var unknown = () => ParkIndexInputs.RequireVintage(_data.Warehouse, Sep, "2026-09.v9");
        var other = () => ParkIndexInputs.RequireVintage(_data.Warehouse, new Period(2026, 8), "2026-09.v1");

        unknown.Should().Throw<StatsException>().WithMessage($"{_data.Warehouse.Path}: vintage '2026-09.v9' not found in the vintages table");
        other.Should().Throw<StatsException>().WithMessage($"{_data.Warehouse.Path}: vintage '2026-09.v1' is of period 2026-09, expected period 2026-08");
    }

    [Fact]
    public void LatestVintage_TwoVintages_ReturnsHighestSequence()
    {
        ParkIndexInputs.LatestVintage(_data.Warehouse, Sep).Should().Be("2026-09.v2");

        var act = () => ParkIndexInputs.LatestVintage(_data.Warehouse, new Period(2026, 12));

        act.Should().Throw<StatsException>().WithMessage(
            $"{_data.Warehouse.Path}: no vintage of period 2026-12 in the vintages table; close the period first (aistats close --period 2026-12)");
    }
}
