using System.Globalization;

namespace ShanghaiAi.Stats.Common;

/// <summary>
/// The text of a cell value as ExcelDataReader returns it, the way a person reads it in Excel: whole numbers without a
/// decimal point (below 10^15, where a double is still exact), other numbers round-trip invariant, dates as
/// yyyy-MM-dd, booleans as true/false.
/// </summary>
public static class ExcelCellText
{
    public static string? Of(object? value) => value switch
    {
        null => null,
        string s => s,
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
