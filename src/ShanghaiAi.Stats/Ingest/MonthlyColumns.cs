using System.Globalization;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>Form AI-1's column positions (in <see cref="KindSchema"/>'s monthly columns) and its limits: shared by the
/// reader, the checks and the history edits.</summary>
internal static class MonthlyColumns
{
    // Column positions in KindSchema.Monthly.
    internal const int Uscc = 0, PeriodCol = 1, Revenue = 2, RevenuePrev = 3, AiRevenue = 4, AiRevenuePrev = 5, AiSoftware = 6,
        AiServices = 7, AiProducts = 8, Profit = 9, ProfitPrev = 10, RdExpense = 11, RdExpensePrev = 12, Employees = 13,
        RdStaff = 14, Patents = 15, Compute = 16, Count = 17;

    internal static readonly decimal Max = 9_999_999_999_999_999m;

    /// <summary>The largest money value (千元) any enterprise could report: 10^10 千元 = 10 万亿元 (AI1-H18).</summary>
    internal static readonly decimal MaxMoney = 10_000_000_000m;

    /// <summary>Below this (千元, 1亿元) a value is never flagged as implausible for the enterprise's size (AI1-S07).</summary>
    internal static readonly decimal PlausibleFloor = 100_000m;
    internal static readonly int MinPeriod = 2020 * 12;

    internal static string Show(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
