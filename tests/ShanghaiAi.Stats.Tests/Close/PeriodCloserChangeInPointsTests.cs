using ClosedXML.Excel;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Tests.Close.Support;
using ShanghaiAi.Stats.Tests.Support;

namespace ShanghaiAi.Stats.Tests.Close;

/// <summary>Ratios change in percentage points; stocks have no year to date (issue 17, data-contracts.md change_pp).</summary>
public sealed class PeriodCloserChangeInPointsTests : IDisposable
{
    private readonly CloseDb _db = new();

    public PeriodCloserChangeInPointsTests()
    {
        // Three equal enterprises: AI revenue 539 of 1,000 this year (53.9%), 541 of 1,000 last year (54.1%).
        foreach (var u in new[] { "A", "B", "C" })
        {
            _db.Enterprise(u).Report(new TestReport(u, "2026-08", 900m, 480m, 480m, 0m, 0m, 90m, 45m, 900m, 480m, 90m, 45m, 30, 5, 1, 1m))
                .Report(new TestReport(u, "2026-09", 1000m, 539m, 539m, 0m, 0m, 100m, 50m, 1000m, 541m, 100m, 40m, 30, 5, 1, 1m));
        }
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Close_RatioIndicator_ChangeInPercentagePoints()
    {
        var r = _db.Close("2026-09");

        var share = r.Cells.Cell("ai_revenue_share");
        share.ValueYtd.Should().Be(53.9m);
        share.ValueYtdPrev.Should().Be(54.1m);
        share.ChangePp.Should().Be(-0.2m, "53.9 vs 54.1 is -0.2 points, not -0.4%");
        r.Cells.Cell("rd_intensity").ChangePp.Should().Be(1.0m, "5.0% vs 4.0%");
        r.Cells.Cell("revenue").ChangePp.Should().BeNull("a flow keeps yoy_pct only");
        r.Cells.Cell("revenue").YoyPct.Should().Be(0.0m);

    }

    [Fact]
    public void Return_StockAndRatioRows_DashForYtdAndPointsInColumnFour()
    {
        var r = _db.Close("2026-09");
        var path = _db.Out("return.xlsx");

        ReturnWorkbookWriter.Write(r.Cells, ReferenceData.Embedded, Period.Parse("2026-09"), path, isPublic: false);

        using var wb = new XLWorkbook(path);
        var cells = wb.Worksheets.SelectMany(ws => ws.RowsUsed()).ToList();
        var employees = cells.First(row => row.Cell(1).GetString().StartsWith("从业人员期末人数", StringComparison.Ordinal));
        employees.Cell(4).GetValue<decimal>().Should().Be(90m);
        employees.Cell(5).GetString().Should().Be("—", "a stock has no year to date");
        var share = cells.First(row => row.Cell(1).GetString().StartsWith("人工智能业务收入占比", StringComparison.Ordinal));
        share.Cell(7).GetValue<decimal>().Should().Be(-0.2m, "column 4 carries the change in points for a ratio");
        var revenue = cells.First(row => row.Cell(1).GetString().StartsWith("营业收入", StringComparison.Ordinal));
        revenue.Cell(5).GetValue<decimal>().Should().Be(3000m);
    }
}
