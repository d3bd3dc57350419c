using System.Globalization;

namespace ShanghaiAi.Stats.Synthetic;

/// <summary>Formats tenths of a unit as a number with at most one decimal, invariant culture ("1234.5", "-0.3", "12").</summary>
internal static class Money
{
    public static string Tenths(long tenths)
    {
        var negative = tenths < 0;
        var abs = negative ? -tenths : tenths;
        var whole = abs / 10;
        var frac = abs % 10;
        var text = frac == 0
            ? whole.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{whole}.{frac}");
        return negative ? "-" + text : text;
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
