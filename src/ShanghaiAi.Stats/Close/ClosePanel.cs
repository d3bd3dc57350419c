using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Close;

/// <summary>
/// Builds, set-based inside DuckDB, the per-enterprise panel of a close as temp views and tables on the writer
/// connection (views where a wide result would only be read once: materialising wide rows costs more than the
/// joins, measured). The views and tables:
/// <c>close_scope</c> (who is in scope, with breakdown members), <c>close_ent</c> (scope joined to the current
/// reports of the period, the two months before and the same month last year: four pruned scans, never the whole
/// history), <c>close_gap</c> (the last YTD of the year for the few enterprises without last month's report),
/// <c>close_growth</c> (responders' growth by category) and <c>close_panel</c> (status R reported / I imputed /
/// N missing, and for every indicator the month value <c>_v</c>, the YTD <c>_y</c> and the comparable 上年同期
/// <c>_p</c>). No per-enterprise loop runs in C#.
/// </summary>
internal static partial class ClosePanel
{
    /// <summary>Runs the steps; returns the wall time of each (panel.scope, panel.enterprise, ...).</summary>
    public static Dictionary<string, TimeSpan> Build(DuckDBConnection c, Period period, CloseSettings settings)
    {
        var timings = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        foreach (var (name, sql) in new[]
                 {
                     ("scope", ScopeSql()), ("enterprise", EnterpriseSql(period)), ("gap", GapSql(period, settings)),
                     ("growth", GrowthSql()), ("panel", PanelSql(period, settings)),
                 })
        {
            Sql.Exec(c, sql);
            if (name == "scope" && !UniqueScope(c))
            {
                Sql.Exec(c, ScopeSql(dedupe: true));
            }

            timings["panel." + name] = sw.Elapsed;
            sw.Restart();
        }

        return timings;
    }

    internal static string D(Period p) => string.Create(CultureInfo.InvariantCulture, $"DATE '{p.Year:D4}-{p.Month:D2}-01'");

    /// <summary>
    /// Current classification (category != 00) joined to the current register row. The history scheme keeps one
    /// current row per enterprise; should a table hold two, the step is redone keeping the latest of each
    /// (<paramref name="dedupe"/>), so nobody is counted twice.
    /// </summary>
    internal static string ScopeSql(bool dedupe = false) => $"""
        CREATE OR REPLACE TEMP VIEW close_scope AS
        SELECT c.uscc, c.category, c.category_l1,
               CASE WHEN c.ai_enterprise THEN 'Y' ELSE 'N' END AS ai_enterprise,
               r.district_code, NULLIF(trim(r.park_id), '') AS park_id, NULLIF(trim(r.size_class), '') AS size_class,
               r.registered_on
        FROM (SELECT uscc, category, category_l1, ai_enterprise FROM classifications
              WHERE valid_to IS NULL AND category <> '00'
              {(dedupe ? "QUALIFY row_number() OVER (PARTITION BY uscc ORDER BY classified_at DESC) = 1" : "")}) c
        LEFT JOIN (SELECT uscc, district_code, park_id, size_class, registered_on FROM register
                   WHERE valid_to IS NULL
                   {(dedupe ? "QUALIFY row_number() OVER (PARTITION BY uscc ORDER BY valid_from DESC) = 1" : "")}) r
          ON r.uscc = c.uscc
        """;

    private static bool UniqueScope(DuckDBConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT (SELECT count(*) = count(DISTINCT uscc) FROM classifications WHERE valid_to IS NULL AND category <> '00')
               AND (SELECT count(*) = count(DISTINCT uscc) FROM register WHERE valid_to IS NULL)
            """;
        return cmd.ExecuteScalar() is true;
    }

    /// <summary>Scope joined to four months of current reports: cur (the period), m1, m2 (the months before) and
    /// ly (the same month last year). Integers are cast to DECIMAL(18,2) so every sum is an exact decimal.</summary>
    internal static string EnterpriseSql(Period p)
    {
        var views = new StringBuilder();
        var cols = new StringBuilder();
        var joins = new StringBuilder();
        foreach (var (alias, month, withPrev) in new[] { ("cur", p, true), ("m1", p.AddMonths(-1), true), ("m2", p.AddMonths(-2), true), ("ly", p.AddMonths(-12), false) })
        {
            var inner = new StringBuilder("uscc");
            cols.Append(CultureInfo.InvariantCulture, $", {alias}.uscc IS NOT NULL AS has_{alias}");
            foreach (var i in CloseIndicator.Reported)
            {
                inner.Append(CultureInfo.InvariantCulture, $", CAST({i.Column} AS DECIMAL(18,2)) AS {i.Code}");
                cols.Append(CultureInfo.InvariantCulture, $", {alias}.{i.Code} AS {i.Code}_{alias}");
                if (withPrev && i.PrevColumn is not null)
                {
                    inner.Append(CultureInfo.InvariantCulture, $", {i.PrevColumn} AS {i.Code}_prev");
                    cols.Append(CultureInfo.InvariantCulture, $", {alias}.{i.Code}_prev AS {i.Code}_{alias}prev");
                }
            }

            views.Append(CultureInfo.InvariantCulture,
                $"CREATE OR REPLACE TEMP VIEW close_m_{alias} AS SELECT {inner} FROM reports WHERE superseded_at IS NULL AND period = {D(month)};\n");
            joins.Append(CultureInfo.InvariantCulture, $"\nLEFT JOIN close_m_{alias} {alias} ON {alias}.uscc = s.uscc");
        }

        return $"""
            {views}
            CREATE OR REPLACE TEMP VIEW close_ent AS
            SELECT s.*{cols}
            FROM close_scope s{joins}
            """;
    }

    /// <summary>The last YTD of the year before the period, for enterprises with a report (or imputation base) but
    /// no report last month: a search from January to two months back, over those few enterprises only.</summary>
    internal static string GapSql(Period p, CloseSettings s)
    {
        var cols = string.Concat(CloseIndicator.Reported.Select(i => $", arg_max_null(CAST({i.Column} AS DECIMAL(18,2)), period) AS {i.Code}_iny"));
        var searched = !MonthIsYtd(p, s) && p.Month >= 3;
        return string.Create(CultureInfo.InvariantCulture, $"""
            CREATE OR REPLACE TEMP TABLE close_gap AS
            SELECT uscc{cols}
            FROM reports r SEMI JOIN (
                (SELECT uscc FROM close_m_cur UNION SELECT uscc FROM close_m_m2) EXCEPT SELECT uscc FROM close_m_m1
            ) g ON g.uscc = r.uscc
            WHERE {(searched ? "TRUE" : "FALSE")} AND r.superseded_at IS NULL AND r.period BETWEEN {D(new Period(p.Year, 1))} AND {D(p.AddMonths(-2))}
            GROUP BY uscc
            """);
    }

    /// <summary>Responders' growth from one (lag 1) or two (lag 2) months back, by category and overall (category
    /// NULL): ratio of sums over enterprises that reported both months (the comparable basis). Reads the two month
    /// scans it needs, not the four-month <c>close_ent</c>.</summary>
    internal static string GrowthSql()
    {
        string Select(string m, int lag)
        {
            var sb = new StringBuilder();
            foreach (var g in CloseIndicator.Reported.Select(i => i.GrowthFrom).Distinct(StringComparer.Ordinal))
            {
                sb.Append(CultureInfo.InvariantCulture, $", CAST(sum(c.{g}) AS DOUBLE) / NULLIF(CAST(sum(b.{g}) AS DOUBLE), 0) AS g_{g}");
            }

            foreach (var i in CloseIndicator.Reported.Where(i => i.PrevColumn is not null))
            {
                sb.Append(CultureInfo.InvariantCulture, $", CAST(sum(c.{i.Code}_prev) AS DOUBLE) / NULLIF(CAST(sum(b.{i.Code}_prev) AS DOUBLE), 0) AS gp_{i.Code}");
            }

            return $"""
                SELECT s.category, {lag} AS lag{sb}
                FROM close_scope s JOIN close_m_cur c ON c.uscc = s.uscc JOIN close_m_{m} b ON b.uscc = s.uscc
                GROUP BY GROUPING SETS ((s.category), ())
                """;
        }

        return $"""
            CREATE OR REPLACE TEMP TABLE close_growth AS
            {Select("m1", 1)}
            UNION ALL
            {Select("m2", 2)}
            """;
    }

    /// <summary>The last report of the twelve months before the period, for enterprises neither reporting nor imputed.</summary>
    internal static string FollowUpSql(Period p) => $"""
        CREATE OR REPLACE TEMP TABLE close_followup AS
        SELECT uscc, max(period) AS last_report_period
        FROM reports r SEMI JOIN (SELECT uscc FROM close_panel WHERE status = 'N') n ON n.uscc = r.uscc
        WHERE r.superseded_at IS NULL AND r.period BETWEEN {D(p.AddMonths(-12))} AND {D(p.AddMonths(-1))}
        GROUP BY uscc
        """;
}
