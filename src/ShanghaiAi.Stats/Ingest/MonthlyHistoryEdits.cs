using System.Globalization;
using ShanghaiAi.Stats.Common;
using static ShanghaiAi.Stats.Ingest.MonthlyColumns;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>The history edits of form AI-1, read from the warehouse after the rows are staged.</summary>
internal static class MonthlyHistoryEdits
{
    /// <summary>History edits in one set-based query: YTD fell vs. last month (S01), AI share jump (S03), 上年同期
    /// differs from what was reported a year ago (S06). The upload's own rows count as history. They are read from
    /// <c>temp.ingest_stage</c> (committed, connection-local) rather than from <c>reports</c>, where they still sit in
    /// the open transaction's local storage.</summary>
    public static void Run(IngestContext ctx)
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
