using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Synthetic;

/// <summary>
/// A shock to one sector: the revenue of 智能网联汽车 (0402) falls for five months (to 30% at the trough) and recovers,
/// placed eight months before the last month generated so that every window of a year or more shows it (in the monthly
/// values, and in that category's year-on-year growth). Synthetic: no real event is modelled.
/// </summary>
internal static class SectorShock
{
    public const string Category = "0402";

    /// <summary>Months before the end at which the shock starts.</summary>
    public const int StartBeforeEnd = 8;

    private static readonly double[] Depth = [0.65, 0.42, 0.30, 0.42, 0.65];

    /// <summary>The factor on the category's activity in <paramref name="period"/> (1 outside the shock).</summary>
    public static double Factor(string category, Period period, Period end)
    {
        if (!string.Equals(category, Category, StringComparison.Ordinal))
        {
            return 1.0;
        }

        var k = period.Index - end.AddMonths(-StartBeforeEnd).Index;
        return k >= 0 && k < Depth.Length ? Depth[k] : 1.0;
    }

    /// <summary>The months the shock lasts, for a window ending in <paramref name="end"/>.</summary>
    public static IReadOnlyList<Period> Months(Period end)
        => [.. Enumerable.Range(0, Depth.Length).Select(k => end.AddMonths(k - StartBeforeEnd))];
}
