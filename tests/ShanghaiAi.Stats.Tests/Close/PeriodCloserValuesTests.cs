using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Tests.Close.Support;

namespace ShanghaiAi.Stats.Tests.Close;

/// <summary>Hand-worked closes of a few enterprises: month from YTD, YTD sums, comparable YoY, ratios.</summary>
public sealed class PeriodCloserValuesTests : IDisposable
{
    private readonly CloseDb _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Close_MarchWithGapAndLateStarter_MonthIsYtdDifferenceAndEstimated()
    {
        _db.Enterprise("A").Enterprise("B").Enterprise("C").Enterprise("D", registeredOn: new DateOnly(2026, 2, 1)).Enterprise("E");
        _db.Report("A", "2026-01", 100m).Report("A", "2026-02", 250m).Report("A", "2026-03", 400m, 300m);
        _db.Report("B", "2026-01", 50m).Report("B", "2026-02", 120m).Report("B", "2026-03", 200m, 200m);
        _db.Report("C", "2026-01", 30m).Report("C", "2026-03", 90m, 100m);          // no February: a gap
        _db.Report("D", "2026-03", 70m, null);                                    // first report of the year
        _db.Report("E", "2026-01", 10m).Report("E", "2026-02", 20m).Report("E", "2026-03", 35m, 50m);

        var r = _db.Close("2026-03");

        var revenue = r.Cells.Cell("revenue");
        // C's February was imputed by the February close: 30 x responders' growth (250 + 120 + 20) / (100 + 50 + 10)
        // = 73.13; its March month value is 90 less that (the month values of the year add up to its YTD). D enters.
        revenue.Value.Should().Be(150m + 80m + (90m - 73.13m) + 70m + 15m);   // 331.87
        revenue.ValueYtd.Should().Be(400m + 200m + 90m + 70m + 35m); // 795
        revenue.ValueYtdPrev.Should().Be(300m + 200m + 100m + 0m + 50m); // 650
        revenue.YoyPct.Should().Be(22.3m);                          // (795 / 650 - 1) x 100 = 22.31
        revenue.Contributors.Should().Be(5);
        revenue.ObsStatus.Should().Be("E", "C returns after a gap: its February is an estimate");
        revenue.Unit.Should().Be("千元");
        r.Cells.Cell("employees").Value.Should().Be(50m);
        r.Cells.Cell("employees").ValueYtd.Should().Be(50m);
        r.Vintage().Should().Be("2026-03.v1");
        r.InScope.Should().Be(5);
        r.Reported.Should().Be(5);
        r.ResponseRate.Should().Be(100.0m);
    }

    [Fact]
    public void Close_NoGap_ObsStatusNormalAndRatiosOfSums()
    {
        foreach (var (u, a, b) in new[] { ("A", 100m, 160m), ("B", 200m, 300m), ("C", 50m, 90m) })
        {
            _db.Enterprise(u).Report(u, "2026-05", a, 0m, employees: 20).Report(u, "2026-06", b, 400m, employees: 20);
        }

        var r = _db.Close("2026-06");

        r.Cells.Cell("revenue").Should().BeEquivalentTo(new { Value = 200m, ValueYtd = 550m, ValueYtdPrev = 1200m, YoyPct = -54.2m, ObsStatus = "A" });
        r.Cells.Cell("ai_revenue_share").ValueYtd.Should().Be(50.0m);                 // sum(revenue/2) / sum(revenue)
        r.Cells.Cell("rd_intensity").ValueYtd.Should().Be(5.0m);
        r.Cells.Cell("revenue_per_employee").ValueYtd.Should().Be(9.2m);              // 550 / 60 = 9.17
        r.Cells.Cell("revenue_per_employee").Value.Should().Be(3.3m);                 // 200 / 60
        r.Cells.Cell("ai_revenue_share").YoyPct.Should().Be(0.0m);
    }

    [Fact]
    public void Close_PopulationChanges_ComparableYoyDiffersFromNaive()
    {
        foreach (var u in new[] { "P", "Q", "R", "S" })
        {
            _db.Enterprise(u);
        }

        _db.Enterprise("T", registeredOn: new DateOnly(2026, 2, 1));
        _db.Report("P", "2025-09", 1000m, 900m).Report("Q", "2025-09", 500m, 450m).Report("R", "2025-09", 300m, 280m).Report("S", "2025-09", 200m, 190m);
        var last = _db.Close("2025-09");

        // 2026: S stopped reporting, T is new (no 上年同期).
        _db.Report("P", "2026-09", 1100m, 1000m).Report("Q", "2026-09", 450m, 500m).Report("R", "2026-09", 330m, 300m).Report("T", "2026-09", 400m, null);
        var now = _db.Close("2026-09");

        var lastTotal = last.Cells.Cell("revenue").ValueYtd!.Value;
        var cell = now.Cells.Cell("revenue");
        lastTotal.Should().Be(2000m);
        cell.ValueYtd.Should().Be(2280m);
        cell.ValueYtdPrev.Should().Be(1800m, "T's empty 上年同期 counts 0 and S, which did not report, contributes nothing");
        cell.YoyPct.Should().Be(26.7m);                                             // 2280 / 1800
        var naive = Math.Round(((2280m / lastTotal) - 1m) * 100m, 1);
        naive.Should().Be(14.0m);
        cell.YoyPct.Should().NotBe(naive);
        now.FollowUps.Should().Be(1, "S has not reported for twelve months");
        now.Reported.Should().Be(4);
    }

    [Fact]
    public void Close_TwoCurrentRowsForOneEnterprise_CountedOnce()
    {
        _db.Enterprise("A").Enterprise("A").Enterprise("B").Enterprise("C");
        _db.Report("A", "2026-09", 100m).Report("B", "2026-09", 100m).Report("C", "2026-09", 100m);

        var r = _db.Close("2026-09");

        r.InScope.Should().Be(3);
        r.Cells.Cell("revenue").ValueYtd.Should().Be(300m);
    }

    [Fact]
    public void Close_NothingInScope_CountsZeroAndNoValues()
    {
        _db.Enterprise("A", category: "00").Report("A", "2026-09", 100m);

        var r = _db.Close("2026-09");

        r.InScope.Should().Be(0);
        r.ResponseRate.Should().BeNull();
        r.Cells.Cell("enterprises_in_scope").Value.Should().Be(0m);
        r.Cells.Cell("revenue").ValueYtd.Should().BeNull();
        r.Cells.Cell("revenue").Contributors.Should().Be(0);
    }
}
