using System.Globalization;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>The cell and cross-field edits of form AI-1, and the history edits read from the warehouse.</summary>
internal static partial class MonthlyReportIngest
{
    private static void ReadValues(IngestContext ctx, IRowSource src, int row, decimal[] values, bool[] has)
    {
        var log = ctx.Log;
        var fieldOf = log.Header.FieldOf;
        for (var c = Revenue; c < Count; c++)
        {
            has[c] = false;
            values[c] = 0;
            var raw = src.Field(fieldOf[c]);
            switch (CellParser.Decimal(raw, out var v))
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
                    if (integer && v > int.MaxValue)
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

    private static void CrossChecks(IngestContext ctx, IRowSource src, int row, decimal[] values, bool[] has, DateOnly? registeredOn, int period)
    {
        var log = ctx.Log;
        var fieldOf = log.Header.FieldOf;
        if (has[AiRevenue] && has[Revenue] && values[AiRevenue] > values[Revenue])
        {
            log.Add(row, AiRevenue, src.Field(fieldOf[AiRevenue]), "AI1-H09", Show(values[Revenue]));
        }

        if (has[AiRevenuePrev] && has[RevenuePrev] && values[AiRevenuePrev] > values[RevenuePrev])
        {
            log.Add(row, AiRevenuePrev, src.Field(fieldOf[AiRevenuePrev]), "AI1-H10", Show(values[RevenuePrev]));
        }

        if (has[AiRevenue] && (has[AiSoftware] || has[AiServices] || has[AiProducts]))
        {
            var sum = values[AiSoftware] + values[AiServices] + values[AiProducts];
            if (Math.Abs(sum - values[AiRevenue]) > 1m)
            {
                log.Add(row, AiRevenue, Show(values[AiRevenue]), "AI1-H11", Show(sum));
                var mark = log.Mark(row);
                mark.Cells.Add((fieldOf[AiSoftware], RuleSeverity.Hard));
                mark.Cells.Add((fieldOf[AiServices], RuleSeverity.Hard));
                mark.Cells.Add((fieldOf[AiProducts], RuleSeverity.Hard));
            }
        }

        if (has[RdStaff] && has[Employees] && values[RdStaff] > values[Employees])
        {
            log.Add(row, RdStaff, src.Field(fieldOf[RdStaff]), "AI1-H13", Show(values[Employees]));
        }

        if (has[Revenue] && has[RevenuePrev] && values[RevenuePrev] > 0)
        {
            // Beyond +300% / -80% without a division on every row: revenue > 4 x prev or < 0.2 x prev.
            var rev = values[Revenue];
            var prev = values[RevenuePrev];
            if (rev > 4m * prev || rev * 5m < prev)
            {
                var growth = ((rev / prev) - 1m) * 100m;
                log.Add(row, RevenuePrev, src.Field(fieldOf[RevenuePrev]), "AI1-S02", growth.ToString("0.0", CultureInfo.InvariantCulture));
            }
        }

        // Plausibility against the enterprise's own revenue: a profit or loss ten times its revenue is a typo or a unit
        // error far more often than a fact.
        var scale = Math.Max(has[Revenue] ? values[Revenue] : 0m, has[RevenuePrev] ? values[RevenuePrev] : 0m);
        foreach (var c in (ReadOnlySpan<int>)[Profit, ProfitPrev])
        {
            if (has[c] && Math.Abs(values[c]) > PlausibleFloor && Math.Abs(values[c]) > 10m * scale)
            {
                log.Add(row, c, src.Field(fieldOf[c]), "AI1-S07",
                    $"|{KindSchema.Monthly.Columns[c].Name}| within 10 x the enterprise's revenue ({Show(scale)})");
            }
        }

        if (has[RdExpense] && has[Revenue] && values[RdExpense] > values[Revenue])
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

    /// <summary>History edits in one set-based query: YTD fell vs. last month (S01), AI share jump (S03), 上年同期
    /// differs from what was reported a year ago (S06). The upload's own rows count as history. They are read from
    /// <c>temp.ingest_stage</c> (committed, connection-local) rather than from <c>reports</c>, where they still sit in
    /// the open transaction's local storage.</summary>
    private static void History(IngestContext ctx)
    {
        // The current reports (this upload's rows included, revised ones already superseded) of the months the edits
        // look at: last month and the same month last year.
        ctx.Exec("DROP TABLE IF EXISTS temp.ingest_hist");
        ctx.Exec($"""
            CREATE TEMP TABLE ingest_hist AS
            WITH periods AS (SELECT DISTINCT {StagedPeriod} AS period FROM ingest_stage),
            want AS (
              SELECT CAST(period - INTERVAL 1 MONTH AS DATE) AS p FROM periods
              UNION SELECT CAST(period - INTERVAL 12 MONTH AS DATE) FROM periods
            )
            SELECT r.uscc, r.period, r.revenue_ytd, r.ai_revenue_ytd
            FROM reports r JOIN want ON want.p = r.period
            WHERE r.superseded_at IS NULL
            """);
        var sql = $"""
            WITH s AS (
              SELECT source_row, uscc, period, revenue_ytd, ai_revenue_ytd, revenue_ytd_prev,
                     CAST(period - INTERVAL 1 MONTH AS DATE) AS pm_period, CAST(period - INTERVAL 12 MONTH AS DATE) AS ly_period
              FROM (SELECT source_row, uscc, {StagedPeriod} AS period, {StagedMoney("revenue_ytd")} AS revenue_ytd,
                           {StagedMoney("ai_revenue_ytd")} AS ai_revenue_ytd, {StagedMoney("revenue_ytd_prev")} AS revenue_ytd_prev
                    FROM ingest_stage)
            ),
            j AS (
              SELECT s.source_row, s.period, s.revenue_ytd, s.ai_revenue_ytd, s.revenue_ytd_prev,
                     CASE WHEN month(s.period) > 1 THEN pm.revenue_ytd END AS pm_rev,
                     CASE WHEN month(s.period) > 1 THEN pm.ai_revenue_ytd END AS pm_ai,
                     ly.revenue_ytd AS ly_rev
              FROM s
              LEFT JOIN ingest_hist pm ON pm.uscc = s.uscc AND pm.period = s.pm_period
              LEFT JOIN ingest_hist ly ON ly.uscc = s.uscc AND ly.period = s.ly_period
            )
            SELECT source_row, period, revenue_ytd, ai_revenue_ytd, revenue_ytd_prev, pm_rev, pm_ai, ly_rev
            FROM j
            WHERE (revenue_ytd < pm_rev)
               OR (pm_rev > 0 AND revenue_ytd > 0
                   AND abs(ai_revenue_ytd::DOUBLE / revenue_ytd::DOUBLE - pm_ai::DOUBLE / pm_rev::DOUBLE) > 0.5)
               OR (revenue_ytd_prev IS NOT NULL AND ly_rev IS NOT NULL
                   AND abs(revenue_ytd_prev - ly_rev) > greatest(1, 0.01 * abs(ly_rev)))
               OR (revenue_ytd > 100000 AND greatest(coalesce(pm_rev, 0), coalesce(ly_rev, 0)) > 0
                   AND revenue_ytd > 100 * greatest(coalesce(pm_rev, 0), coalesce(ly_rev, 0)))
            ORDER BY source_row
            """;
        var log = ctx.Log;
        using var cmd = ctx.Connection.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var row = r.GetInt32(0);
            var period = Period.FromDate(r.GetDateTime(1));
            decimal? D(int i) => r.IsDBNull(i) ? null : r.GetDecimal(i);
            var rev = D(2);
            var ai = D(3);
            var prev = D(4);
            var pmRev = D(5);
            var pmAi = D(6);
            var lyRev = D(7);
            if (rev is { } a && pmRev is { } b && a < b)
            {
                log.Add(row, Revenue, Show(a), "AI1-S01", Show(b));
            }

            if (rev > 0 && pmRev > 0 && ai is { } x && pmAi is { } y)
            {
                var share = x / rev.Value * 100m;
                var before = y / pmRev.Value * 100m;
                if (Math.Abs(share - before) > 50m)
                {
                    log.Add(row, AiRevenue, share.ToString("0.0", CultureInfo.InvariantCulture) + "%", "AI1-S03", before.ToString("0.0", CultureInfo.InvariantCulture));
                }
            }

            var history = Math.Max(pmRev ?? 0m, lyRev ?? 0m);
            if (rev > PlausibleFloor && history > 0 && rev > 100m * history)
            {
                log.Add(row, Revenue, Show(rev.Value), "AI1-S07", $"revenue_ytd within 100 x the enterprise's own history ({Show(history)})");
            }

            if (prev is { } pv && lyRev is { } lv && Math.Abs(pv - lv) > Math.Max(1m, 0.01m * Math.Abs(lv)))
            {
                log.Add(row, RevenuePrev, Show(pv), "AI1-S06", string.Create(CultureInfo.InvariantCulture, $"{period.SameMonthLastYear} ({Show(lv)})"));
            }
        }
    }
}
