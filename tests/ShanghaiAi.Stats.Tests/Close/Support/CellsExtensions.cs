using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Close.Support;

public static class CellsExtensions
{
    public static IndicatorCell Cell(this IEnumerable<IndicatorCell> cells, string indicator, string breakdown = "total", string code = "_T")
        => cells.Single(c => c.IndicatorCode == indicator && c.Breakdown == breakdown && c.BreakdownCode == code);
}

public static class CloseResultExtensions
{
    public static string Vintage(this CloseResult r) => r.VintageId;
}
