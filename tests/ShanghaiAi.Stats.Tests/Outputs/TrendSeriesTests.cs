using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Outputs;

namespace ShanghaiAi.Stats.Tests.Outputs;

/// <summary>
/// The series the trend charts plot, on <see cref="OutputCells.Trend"/>: revenue YTD = 1,200,000 x month in 2025 and
/// x 1.11 in 2026 (so 2026's month value is 1,332,000, its growth 11.0%); 2026-09 has an older vintage (YTD 1) that
/// must not be plotted.
/// </summary>
public sealed class TrendSeriesTests
{
    private static readonly IReadOnlyList<ShanghaiAi.Stats.Warehouse.IndicatorCell> Cells = PublicCell.Of(OutputCells.Trend());

    [Fact]
    public void Monthly_JanuaryAndFebruary_OnePointValuedAtFebruarysYtd()
    {
        var points = TrendSeries.Monthly(Cells, "revenue");

        points.Should().HaveCount(19, "2025-02..2025-12 and 2026-02..2026-09, Januaries inside 1-2月");
        points.Should().NotContain(p => p.Period.Month == 1);
        var janFeb = points.Single(p => p.Period == new Period(2026, 2));
        janFeb.Label.Should().Be("2026年1-2月");
        janFeb.Value.Should().Be(2m * 1_200_000m * 1.11m, "1-2月 is February's year-to-date");
        points.Single(p => p.Period == new Period(2026, 3)).Should().Be(new TrendPoint(new Period(2026, 3), "2026年3月", 1_332_000m, 11.0m));
        points.Last().Value.Should().Be(1_332_000m, "the latest vintage of 2026-09, not the older one");
    }

    [Fact]
    public void Monthly_FirstClosedMonth_LeftOutBecauseItsMonthValueIsItsWholeYtd()
    {
        var fromMay = Cells.Where(c => c.Period >= new Period(2025, 5)).ToList();

        TrendSeries.Monthly(fromMay, "revenue").First().Period.Should().Be(new Period(2025, 6));
    }

    [Fact]
    public void YearToDate_OneYear_LabelsFromOneToTwoMonthsWithYtdAndGrowth()
    {
        var points = TrendSeries.YearToDate(Cells, "revenue", 2026);

        points.Select(p => p.Label).Should().Equal("1-2月", "1-3月", "1-4月", "1-5月", "1-6月", "1-7月", "1-8月", "1-9月");
        points.Last().Value.Should().Be(9m * 1_200_000m * 1.11m);
        points.Should().OnlyContain(p => p.YoyPct == 11.0m);
        TrendSeries.YearToDate(Cells, "revenue", 2025).Select(p => p.YoyPct).Distinct().Should().Equal([7.5m], "1 / 0.93 - 1 = 7.5%");
    }

    [Fact]
    public void MonthsOfYear_LastYearAgainstThisYear_SameSlotsPerCalendarMonth()
    {
        var last = TrendSeries.MonthsOfYear(Cells, "revenue", 2025);
        var now = TrendSeries.MonthsOfYear(Cells, "revenue", 2026);

        last.Select(p => p.Label).Should().Equal("1-2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月");
        now.Select(p => TrendSeries.Slot(p.Period)).Should().Equal(last.Take(now.Count).Select(p => TrendSeries.Slot(p.Period)));
        now[1].Value.Should().Be(1_332_000m);
        last[1].Value.Should().Be(1_200_000m);
    }
}
