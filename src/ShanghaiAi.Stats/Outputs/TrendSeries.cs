using System.Globalization;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// The series the trend charts plot, taken from published total cells (one cell per period: the latest vintage), as
/// official practice reads them: January and February make one point, 1-2月 (February's year-to-date; January alone is
/// never a point, published or not); every other month is its own.
/// </summary>
public static class TrendSeries
{
    /// <summary>
    /// 本月: the month's own value of <paramref name="indicator"/> over every period of <paramref name="published"/>,
    /// oldest first; the 1-2月 point is February's year-to-date. A month whose month before has no cell is left out (the
    /// first month ever closed: its month value is its whole year-to-date, not a month).
    /// </summary>
    public static IReadOnlyList<TrendPoint> Monthly(IReadOnlyList<IndicatorCell> published, string indicator)
    {
        var totals = Totals(published, indicator);
        var closed = totals.Select(c => c.Period).ToHashSet();
        return totals.Where(c => c.Period.Month == 2 || closed.Contains(c.Period.Previous))
            .Select(c => new TrendPoint(c.Period, c.Period.Month == 2 ? $"{c.Period.Year}年1-2月" : $"{c.Period.Year}年{c.Period.Month}月",
                c.Period.Month == 2 ? c.ValueYtd : c.Value, c.YoyPct))
            .ToList();
    }

    /// <summary>1-本月累计 and its growth for the months of <paramref name="year"/> (1-2月, 1-3月, ... 1-12月).</summary>
    public static IReadOnlyList<TrendPoint> YearToDate(IReadOnlyList<IndicatorCell> published, string indicator, int year)
        => Totals(published, indicator).Where(c => c.Period.Year == year)
            .Select(c => new TrendPoint(c.Period, string.Create(CultureInfo.InvariantCulture, $"1-{c.Period.Month}月"), c.ValueYtd, c.YoyPct))
            .ToList();

    /// <summary>
    /// 本月 of <paramref name="year"/> by calendar month (1-2月 as one point, then 3月 ... 12月), for the comparison of
    /// a year with the year before.
    /// </summary>
    public static IReadOnlyList<TrendPoint> MonthsOfYear(IReadOnlyList<IndicatorCell> published, string indicator, int year)
        => Monthly(published, indicator).Where(p => p.Period.Year == year)
            .Select(p => p with { Label = p.Period.Month == 2 ? "1-2月" : string.Create(CultureInfo.InvariantCulture, $"{p.Period.Month}月") })
            .ToList();

    /// <summary>The slot of a month on a January-December axis where 1-2月 is the first: 0 for February, 1 for March ...</summary>
    public static int Slot(Period period) => period.Month - 2;

    /// <summary>Total cells of the indicator, one per period (the latest vintage), January left out, oldest first.</summary>
    private static List<IndicatorCell> Totals(IReadOnlyList<IndicatorCell> published, string indicator)
        => CellSelection.LatestVintagePerPeriod(published.Where(c => c.Breakdown == "total" && c.IndicatorCode == indicator).ToList())
            .Where(c => c.Period.Month != 1)
            .OrderBy(c => c.Period)
            .ToList();
}
