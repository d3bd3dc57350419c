using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Tests.Close.Support;

namespace ShanghaiAi.Stats.Tests.Close;

/// <summary>Ratio imputation of non-response, hand-worked.</summary>
public sealed class PeriodCloserImputationTests : IDisposable
{
    private readonly CloseDb _db = new();

    public PeriodCloserImputationTests()
    {
        // Category 0101 responders: Jul -> Aug -> Sep, growth Aug->Sep 660/600 = 1.1, Jul->Sep 660/540.
        foreach (var (u, jul, aug, sep) in new[] { ("A", 90m, 100m, 110m), ("B", 180m, 200m, 220m), ("C", 270m, 300m, 330m) })
        {
            _db.Enterprise(u, "0101").Report(u, "2026-07", jul).Report(u, "2026-08", aug).Report(u, "2026-09", sep);
        }

        // Category 0201 responders: growth 1.5 (must not be used for 0101).
        foreach (var u in new[] { "D", "E", "F" })
        {
            _db.Enterprise(u, "0201", district: "310104").Report(u, "2026-08", 100m).Report(u, "2026-09", 150m);
        }

        _db.Enterprise("X", "0101").Report("X", "2026-07", 45m).Report("X", "2026-08", 50m, 40m);  // misses September
        _db.Enterprise("Y", "0101").Report("Y", "2026-07", 80m, 70m);                              // misses August and September
        _db.Enterprise("Z", "0101").Report("Z", "2026-06", 60m);                                   // misses three months
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Close_NonResponse_ImputedByCategoryGrowthAndFlaggedE()
    {
        var reportsBefore = _db.ScalarDecimal("SELECT count(*) FROM reports");
        var sumBefore = _db.ScalarDecimal("SELECT sum(revenue_ytd) FROM reports");

        var r = _db.Close("2026-09");

        const decimal x = 55m;       // 50 x 1.1
        const decimal yAug = 88.89m; // the August close imputed Y: 80 x (600 + 50) / (540 + 45) = 88.888..
        const decimal y = 97.78m;    // chained: 88.89 x 660 / 600 = 97.779
        var cat = r.Cells.Cell("revenue", "category", "0101");
        cat.ValueYtd.Should().Be(660m + x + y);
        cat.Value.Should().Be(60m + (x - 50m) + (y - yAug), "an imputed month is the imputed YTD less the YTD the previous close used");
        cat.ObsStatus.Should().Be("E");
        cat.Contributors.Should().Be(5);
        r.Cells.Cell("revenue", "category", "0201").ObsStatus.Should().Be("A");
        r.Cells.Cell("revenue", "category", "0201").ValueYtd.Should().Be(450m);
        var total = r.Cells.Cell("revenue");
        total.ValueYtd.Should().Be(1110m + x + y);
        total.ValueYtdPrev.Should().Be(40m + 70m, "an imputed 上年同期 is the enterprise's own last 上年同期 grown (responders' growth 0/0 -> 1)");
        total.ObsStatus.Should().Be("E");
        r.ImputedShare["revenue"].Should().Be(Math.Round((x + y) / (1110m + x + y) * 100m, 2));
        r.Imputed.Should().Be(2);
        r.FollowUps.Should().Be(1);
        r.InScope.Should().Be(9);
        r.Reported.Should().Be(6);
        r.ResponseRate.Should().Be(66.7m);
        r.Cells.Cell("enterprises_reported").Value.Should().Be(6m);
        r.Cells.Cell("response_rate").Value.Should().Be(66.7m);

        _db.ScalarDecimal("SELECT count(*) FROM reports").Should().Be(reportsBefore, "imputation never touches stored reports");
        _db.ScalarDecimal("SELECT sum(revenue_ytd) FROM reports").Should().Be(sumBefore);
        _db.ScalarDecimal("SELECT count(*) FROM close_imputations WHERE uscc = 'Y' AND months_imputed = 2 AND revenue_ytd = 97.78").Should().Be(1);
        _db.ScalarDecimal("SELECT count(*) FROM close_followups WHERE uscc = 'Z' AND last_report_period = DATE '2026-06-01'").Should().Be(1);
        File.ReadAllText(r.Files["close-summary.json"]).Should().Contain("\"imputed_share_pct\"");
    }

    [Fact]
    public void Close_MaxOneImputedMonth_SecondMonthIsFollowUp()
    {
        var r = _db.Close("2026-09", CloseSettings.Default with { MaxImputedMonths = 1 });

        r.Imputed.Should().Be(1);
        r.FollowUps.Should().Be(2);
        r.Cells.Cell("revenue", "category", "0101").ValueYtd.Should().Be(660m + 55m);
    }

    [Fact]
    public void Close_ImputationOff_OnlyResponders()
    {
        var r = _db.Close("2026-09", CloseSettings.Default with { Impute = false });

        r.Imputed.Should().Be(0);
        r.Cells.Cell("revenue").ValueYtd.Should().Be(1110m);
        r.ImputedShare["revenue"].Should().Be(0m);
    }
}
