using System.Globalization;
using System.Runtime.CompilerServices;
using ShanghaiAi.Stats.Common;
using static ShanghaiAi.Stats.Ingest.MonthlyColumns;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>The cell and cross-field edits of form AI-1 on one row.</summary>
internal static class MonthlyRowChecks
{
    /// <summary>Plain numbers with fewer digits than this (below 10^9) pass every limit of <see cref="ReadValues"/>.</summary>
    private const long Small = 1_000_000_000;

    /// <summary><see cref="PlausibleFloor"/> in hundredths.</summary>
    private const long PlausibleFloorCents = 10_000_000;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ReadValues(IngestContext ctx, IRowSource src, int row, decimal[] values, long[] cents, bool[] has)
    {
        var log = ctx.Log;
        var fieldOf = log.Header.FieldOf;
        for (var c = Revenue; c < Count; c++)
        {
            has[c] = false;
            values[c] = 0;
            cents[c] = 0;
            var raw = src.Field(fieldOf[c]);
            switch (NumberCell.Parse(raw, out var v, out var digits))
            {
                case CellParse.Empty:
                    if (c is Revenue or AiRevenue or Employees)
                    {
                        log.Add(row, c, raw, "AI1-H06");
                    }

                    break;
                case CellParse.Invalid:
                    log.Add(row, c, raw, "AI1-H07");
                    break;
                default:
                    var integer = c is Employees or RdStaff or Patents;
                    var scale = v.Scale;
                    if (digits is > -Small and < Small && (integer ? scale == 0 : scale <= 2) && (digits >= 0 || c is Profit or ProfitPrev))
                    {
                        // The common case, decided on the digits: below 10^9 no limit applies (AI1-H15, AI1-H18), it is
                        // whole or has at most two decimals (AI1-H12, AI1-I02), and negative only where it may be (AI1-H08).
                        values[c] = v;
                        cents[c] = digits * (scale == 0 ? 100 : scale == 1 ? 10 : 1);
                        has[c] = true;
                    }
                    else if (integer && v > int.MaxValue)
                    {
                        log.Add(row, c, raw, "AI1-H15", "a whole number at most 2147483647 (2^31 - 1)");
                    }
                    else if (Math.Abs(v) > Max)
                    {
                        log.Add(row, c, raw, "AI1-H15", "a value below 10^16");
                    }
                    else if (!integer && c != Compute && Math.Abs(v) > MaxMoney)
                    {
                        // No enterprise reports this much (10 万亿元 is beyond the largest group's annual revenue).
                        log.Add(row, c, raw, "AI1-H18", "10^10 (10万亿元)");
                    }
                    else if (v < 0 && c is not (Profit or ProfitPrev))
                    {
                        log.Add(row, c, raw, "AI1-H08");
                    }
                    else if (integer && v != decimal.Truncate(v))
                    {
                        log.Add(row, c, raw, "AI1-H12");
                    }
                    else
                    {
                        values[c] = integer || v.Scale <= 2 ? v : Math.Round(v, 2, MidpointRounding.AwayFromZero);
                        cents[c] = decimal.ToInt64(values[c] * 100m);
                        has[c] = true;
                        if (values[c] != v)
                        {
                            log.Add(row, c, raw, "AI1-I02", Show(values[c]));
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>The cross-field edits, compared on the values in hundredths (<paramref name="cents"/>, exact: every
    /// accepted value has at most two decimals); the decimals are only for the messages.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void CrossChecks(IngestContext ctx, IRowSource src, int row, decimal[] values, long[] cents, bool[] has, DateOnly? registeredOn, int period)
    {
        var log = ctx.Log;
        var fieldOf = log.Header.FieldOf;
        if (has[AiRevenue] && has[Revenue] && cents[AiRevenue] > cents[Revenue])
        {
            log.Add(row, AiRevenue, src.Field(fieldOf[AiRevenue]), "AI1-H09", Show(values[Revenue]));
        }

        if (has[AiRevenuePrev] && has[RevenuePrev] && cents[AiRevenuePrev] > cents[RevenuePrev])
        {
            log.Add(row, AiRevenuePrev, src.Field(fieldOf[AiRevenuePrev]), "AI1-H10", Show(values[RevenuePrev]));
        }

        if (has[AiRevenue] && (has[AiSoftware] || has[AiServices] || has[AiProducts]))
        {
            if (Math.Abs(cents[AiSoftware] + cents[AiServices] + cents[AiProducts] - cents[AiRevenue]) > 100)
            {
                var sum = values[AiSoftware] + values[AiServices] + values[AiProducts];
                log.Add(row, AiRevenue, Show(values[AiRevenue]), "AI1-H11", Show(sum));
                log.MarkCell(row, fieldOf[AiSoftware], RuleSeverity.Hard);
                log.MarkCell(row, fieldOf[AiServices], RuleSeverity.Hard);
                log.MarkCell(row, fieldOf[AiProducts], RuleSeverity.Hard);
            }
        }

        if (has[RdStaff] && has[Employees] && cents[RdStaff] > cents[Employees])
        {
            log.Add(row, RdStaff, src.Field(fieldOf[RdStaff]), "AI1-H13", Show(values[Employees]));
        }

        if (has[Revenue] && has[RevenuePrev] && cents[RevenuePrev] > 0)
        {
            // Beyond +300% / -80% without a division on every row: revenue > 4 x prev or < 0.2 x prev.
            if (cents[Revenue] > 4 * cents[RevenuePrev] || cents[Revenue] * 5 < cents[RevenuePrev])
            {
                var growth = ((values[Revenue] / values[RevenuePrev]) - 1m) * 100m;
                log.Add(row, RevenuePrev, src.Field(fieldOf[RevenuePrev]), "AI1-S02", growth.ToString("0.0", CultureInfo.InvariantCulture));
            }
        }

        // Plausibility against the enterprise's own revenue: a profit or loss ten times its revenue is a typo or a unit
        // error far more often than a fact.
        var scale = Math.Max(has[Revenue] ? cents[Revenue] : 0, has[RevenuePrev] ? cents[RevenuePrev] : 0);
        foreach (var c in (ReadOnlySpan<int>)[Profit, ProfitPrev])
        {
            if (has[c] && Math.Abs(cents[c]) > PlausibleFloorCents && Math.Abs(cents[c]) > 10 * scale)
            {
                var shown = Math.Max(has[Revenue] ? values[Revenue] : 0m, has[RevenuePrev] ? values[RevenuePrev] : 0m);
                log.Add(row, c, src.Field(fieldOf[c]), "AI1-S07",
                    $"|{KindSchema.Monthly.Columns[c].Name}| within 10 x the enterprise's revenue ({Show(shown)})");
            }
        }

        if (has[RdExpense] && has[Revenue] && cents[RdExpense] > cents[Revenue])
        {
            log.Add(row, RdExpense, src.Field(fieldOf[RdExpense]), "AI1-S04", Show(values[Revenue]));
        }

        if (period >= 0)
        {
            var lastYear = Period.FromIndex(period - 12);
            // Registered after that period: an empty 上年同期 is a true 0 and needs no warning.
            var existed = registeredOn is null || registeredOn.Value <= lastYear.LastDay;
            if (existed)
            {
                foreach (var c in (ReadOnlySpan<int>)[RevenuePrev, AiRevenuePrev, ProfitPrev, RdExpensePrev])
                {
                    if (!has[c] && CellParser.Trim(src.Field(fieldOf[c])).IsEmpty)
                    {
                        log.Add(row, c, string.Empty, "AI1-S05", lastYear.ToString());
                    }
                }
            }
        }
    }
}
