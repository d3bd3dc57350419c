using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Close;

/// <summary>
/// Builds, set-based inside DuckDB, the per-enterprise panel of a close as temp views and tables on the writer
/// connection (views where a wide result would only be read once: materialising wide rows costs more than the
/// joins, measured). The views and tables:
/// <c>close_scope</c> (who is in scope, with breakdown members) and <c>close_ent</c> (scope joined to the current
/// reports of the period, the two months before and the same month last year: four pruned scans, never the whole
/// history); then, as common table expressions of the statement that reads them (<see cref="With"/>): <c>gap</c> (the
/// last YTD of the year for the few enterprises without either month before), <c>growth</c> (responders' growth by
/// category) and the panel (status R reported / I imputed / N missing, and for every indicator the YTD <c>_y</c>,
/// its imputed part <c>_yi</c>, the base <c>_b</c> that the month value subtracts from it and the comparable 上年同期
/// <c>_p</c>). No per-enterprise loop runs in C#.
/// </summary>
internal static class ClosePanel
{
    /// <summary>Creates the views close_scope, close_m_* and close_ent (cheap: nothing is computed yet); returns the
    /// wall time of each step (panel.scope, panel.enterprise). Each statement that needs the panel computes it with
    /// <see cref="With"/>: the aggregation, the rare second-largest pass, and the store of the non-responders.</summary>
    public static Dictionary<string, TimeSpan> Build(DuckDBConnection c, Period period)
    {
        var timings = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        foreach (var (name, sql) in new[]
                 {
                     ("scope", ScopeSql()), ("enterprise", EnterpriseSql(period)),
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

    /// <summary>The temp table every later statement of the close reads the panel from.</summary>
    public const string Table = "close_panel";

    /// <summary>
    /// Computes the panel (<see cref="With"/>) once into the temp table <see cref="Table"/>: the aggregation, the second-largest
    /// pass and the store of the non-responders all read it, where each used to compute the panel again (measured at
    /// 2,000 and 30,000 enterprises: the three statements together take less time, the aggregation alone about the
    /// same; see the folder's README).
    /// </summary>
    public static string MaterialiseSql(Period period, CloseSettings settings) => $"""
        CREATE OR REPLACE TEMP TABLE {Table} AS WITH {With(period, settings, "panel")}
        SELECT * FROM panel
        """;

    /// <summary>
    /// The panel as common table expressions of one statement, named <c>ent</c>, <c>gap</c>, <c>growth</c> and
    /// <paramref name="panel"/>: the four-month join is evaluated once and materialised in memory, and the gap search
    /// and the responders' growth read it instead of joining the month scans again (measured: about half the time
    /// of separate statements over views; a temp table costs more to write than the joins themselves).
    /// </summary>
    public static string With(Period period, CloseSettings settings, string panel) => $"""
        ent AS MATERIALIZED (SELECT * FROM close_ent),
        gap AS MATERIALIZED ({GapSelect(period, settings, "ent")}),
        gapbase AS MATERIALIZED ({GapBaseSelect(period, settings, "gap")}),
        growth AS MATERIALIZED ({GrowthSelect("ent")}),
        {panel} AS ({ImputationPanel.PanelSelect(period, settings, "ent", "gapbase", "growth")})
        """;

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
                $"CREATE OR REPLACE TEMP VIEW close_m_{alias} AS SELECT {inner} FROM reports WHERE superseded_at IS NULL AND period = {Sql.Date(month)};\n");
            joins.Append(CultureInfo.InvariantCulture, $"\nLEFT JOIN close_m_{alias} {alias} ON {alias}.uscc = s.uscc");
        }

        return $"""
            {views}
            CREATE OR REPLACE TEMP VIEW close_ent AS
            SELECT s.*{cols}
            FROM close_scope s{joins}
            """;
    }

    /// <summary>The last report of the thirteen months up to three months back (the window of a follow-up), for the
    /// few enterprises in <paramref name="ent"/> (close_ent or its materialisation) that report this month but
    /// neither last month nor the month before: its period, and its values (<c>_last</c>). An enterprise found here
    /// returns after a gap; one not found is a new entrant (its first report is not a gap).</summary>
    internal static string GapSelect(Period p, CloseSettings s, string ent)
    {
        var cols = string.Concat(CloseIndicator.Reported.Select(i => $", arg_max_null(CAST(r.{i.Column} AS DECIMAL(18,2)), r.period) AS {i.Code}_last"));
        return string.Create(CultureInfo.InvariantCulture, $"""
            SELECT r.uscc, max(r.period) AS last_period{cols}
            FROM reports r SEMI JOIN (SELECT uscc FROM {ent} WHERE has_cur AND NOT has_m1 AND NOT has_m2) g ON g.uscc = r.uscc
            WHERE {(ImputationPanel.MonthIsYtd(p, s) ? "FALSE" : "TRUE")} AND r.superseded_at IS NULL AND r.period BETWEEN {Sql.Date(p.AddMonths(-13))} AND {Sql.Date(p.AddMonths(-3))}
            GROUP BY r.uscc
            """);
    }

    /// <summary>Responders' monthly growth by category and overall (category NULL), ratios of sums over enterprises
    /// in scope that reported both months (the comparable basis), read from <paramref name="ent"/> in one pass:
    /// <c>g1_</c> last month to this month, <c>g2_</c> the month before last to last month (the growth the previous
    /// close imputed with, and the first link of a two-month chain); <c>gp1_</c>/<c>gp2_</c> the same for 上年同期.</summary>
    internal static string GrowthSelect(string ent)
    {
        var sb = new StringBuilder();
        foreach (var (step, to, from) in new[] { (1, "cur", "m1"), (2, "m1", "m2") })
        {
            var both = $"FILTER (WHERE has_{to} AND has_{from})";
            foreach (var g in CloseIndicator.Reported.Select(i => i.GrowthFrom).Distinct(StringComparer.Ordinal))
            {
                sb.Append(CultureInfo.InvariantCulture, $", CAST(sum({g}_{to}) {both} AS DOUBLE) / NULLIF(CAST(sum({g}_{from}) {both} AS DOUBLE), 0) AS g{step}_{g}");
            }

            foreach (var i in CloseIndicator.Reported.Where(i => i.PrevColumn is not null))
            {
                sb.Append(CultureInfo.InvariantCulture, $", CAST(sum({i.Code}_{to}prev) {both} AS DOUBLE) / NULLIF(CAST(sum({i.Code}_{from}prev) {both} AS DOUBLE), 0) AS gp{step}_{i.Code}");
            }
        }

        return $"""
            SELECT category{sb}
            FROM {ent} WHERE has_m1 AND (has_cur OR has_m2)
            GROUP BY GROUPING SETS ((category), ())
            """;
    }

    /// <summary>
    /// The base of a returner's month value: the YTD the last close that carried it used. That is the imputed YTD
    /// stored by the latest vintage of the last month after its last report that imputed it (this year), else its
    /// last report when it lies in this year, else 0 (its first YTD of the year). Returners are few: only their rows
    /// of <c>close_imputations</c> are read.
    /// </summary>
    internal static string GapBaseSelect(Period p, CloseSettings s, string gap)
    {
        var jan = Sql.Date(new Period(p.Year, 1));
        var cols = new StringBuilder();
        var stored = new StringBuilder();
        foreach (var i in CloseIndicator.Reported)
        {
            stored.Append(CultureInfo.InvariantCulture, $", i.{i.Column}");
            var imputed = Imputed(s) > 0 ? $"WHEN ci.uscc IS NOT NULL THEN ci.{i.Column} " : "";
            cols.Append(CultureInfo.InvariantCulture,
                $", CASE {imputed}WHEN gap.last_period >= {jan} THEN gap.{i.Code}_last ELSE 0 END AS {i.Code}_base");
        }

        return Imputed(s) == 0
            ? $"SELECT gap.uscc{cols} FROM {gap} gap"
            : string.Create(CultureInfo.InvariantCulture, $"""
                SELECT gap.uscc{cols}
                FROM {gap} gap LEFT JOIN (
                    SELECT i.uscc{stored}
                    FROM close_imputations i
                    JOIN (SELECT vintage_id FROM vintages WHERE period BETWEEN {jan} AND {Sql.Date(p.AddMonths(-1))}
                          QUALIFY row_number() OVER (PARTITION BY period ORDER BY sequence DESC) = 1) v ON v.vintage_id = i.vintage_id
                    JOIN {gap} g ON g.uscc = i.uscc AND i.period > g.last_period
                    QUALIFY row_number() OVER (PARTITION BY i.uscc ORDER BY i.period DESC) = 1
                ) ci ON ci.uscc = gap.uscc
                """);
    }

    /// <summary>How many consecutive months a non-responder is imputed: 0 when imputation is off.</summary>
    internal static int Imputed(CloseSettings s) => s.Impute ? s.MaxImputedMonths : 0;

    /// <summary>The last report of the twelve months before the period, for enterprises neither reporting nor imputed.</summary>
    internal static string FollowUpSql(Period p) => $"""
        CREATE OR REPLACE TEMP TABLE close_followup AS
        SELECT uscc, max(period) AS last_report_period
        FROM reports r SEMI JOIN (SELECT uscc FROM close_open WHERE status = 'N') n ON n.uscc = r.uscc
        WHERE r.superseded_at IS NULL AND r.period BETWEEN {Sql.Date(p.AddMonths(-12))} AND {Sql.Date(p.AddMonths(-1))}
        GROUP BY uscc
        """;
}
