using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Close;

/// <summary>
/// Differencing across months. Within a year the month value of a flow is its YTD less last month's YTD, so a cell
/// that shows both this month gives away last month's YTD: a flow cell suppressed (A, O, T or D) in the latest
/// vintage of last month is suppressed (D) this month as well, and so, month after month, until the YTD restarts in
/// January. Stocks have no such relation (their value is the period-end level). A January published only as 1-2月
/// was never public, so February carries nothing from it.
/// </summary>
internal static class AcrossMonths
{
    /// <summary>The keys (<see cref="CellBuilder.Key"/>) of last month's suppressed flow cells; empty when last
    /// month is in another year, was never public, was never closed, or the setting is off.</summary>
    public static IReadOnlySet<string> SuppressedLastMonth(DuckDBConnection c, Period period, CloseSettings settings)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var previous = period.AddMonths(-1);
        if (!settings.ProtectAcrossMonths || period.Month == 1 || (previous.Month == 1 && settings.CombineJanuaryFebruary))
        {
            return keys;
        }

        var flows = CloseIndicator.Reported.Where(i => !i.IsStock).Select(i => i.Code).ToList();
        foreach (var cell in VintageStore.LatestCells(c, previous, flows))
        {
            if (cell.ConfStatus != "F")
            {
                keys.Add(CellBuilder.Key(cell.IndicatorCode, cell.Breakdown, cell.BreakdownCode));
            }
        }

        return keys;
    }
}
