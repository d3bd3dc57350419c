using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Close;

/// <summary>The publication order of cells: indicators in catalogue order, then breakdowns, then member codes.</summary>
internal static class CellOrder
{
    internal static List<IndicatorCell> Sort(List<IndicatorCell> cells)
        => cells.OrderBy(c => IndicatorOrder(c.IndicatorCode))
            .ThenBy(c => BreakdownOrder(c.Breakdown))
            .ThenBy(c => c.BreakdownCode, StringComparer.Ordinal)
            .ToList();

    internal static int IndicatorOrder(string code)
    {
        var i = IndexOf(CloseIndicator.AllCodes, code);
        return i < 0 ? int.MaxValue : i;
    }

    internal static int BreakdownOrder(string breakdown)
    {
        var i = IndexOf(IndicatorCell.Breakdowns, breakdown);
        return i < 0 ? int.MaxValue : i;
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
