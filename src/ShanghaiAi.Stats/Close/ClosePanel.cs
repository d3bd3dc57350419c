using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Close;

/// <summary>
/// Builds, set-based inside DuckDB, the per-enterprise panel of a close as temp tables on the writer connection:
/// <c>close_scope</c> (who is in scope, with breakdown members), <c>close_window</c> (current reports of the
/// thirteen months ending at the period), <c>close_ent</c> (one row per enterprise: this month, the last YTD of the
/// year, the same month last year, the imputation base), <c>close_growth</c> (responders' growth by category) and
/// <c>close_panel</c> (status R reported / I imputed / N missing, and for every indicator the month value
/// <c>_v</c>, the YTD <c>_y</c> and the comparable 上年同期 <c>_p</c>). No per-enterprise loop runs in C#.
/// </summary>
internal static partial class ClosePanel
{
    public static void Build(DuckDBConnection c, Period period, CloseSettings settings)
    {
        Sql.Exec(c, ScopeSql());
        Sql.Exec(c, WindowSql(period));
        Sql.Exec(c, EnterpriseSql(period, settings));
        Sql.Exec(c, GrowthSql(period, settings));
        Sql.Exec(c, PanelSql(period, settings));
    }

    internal static string D(Period p) => string.Create(CultureInfo.InvariantCulture, $"DATE '{p.Year:D4}-{p.Month:D2}-01'");

    private static string ScopeSql() => """
        CREATE OR REPLACE TEMP TABLE close_scope AS
        SELECT c.uscc, c.category, c.category_l1,
               CASE WHEN c.ai_enterprise THEN 'Y' ELSE 'N' END AS ai_enterprise,
               r.district_code, NULLIF(trim(r.park_id), '') AS park_id, NULLIF(trim(r.size_class), '') AS size_class,
               r.registered_on
        FROM (SELECT uscc, category, category_l1, ai_enterprise FROM classifications
              WHERE valid_to IS NULL AND category <> '00'
              QUALIFY row_number() OVER (PARTITION BY uscc ORDER BY classified_at DESC) = 1) c
        LEFT JOIN (SELECT uscc, district_code, park_id, size_class, registered_on FROM register
                   WHERE valid_to IS NULL
                   QUALIFY row_number() OVER (PARTITION BY uscc ORDER BY valid_from DESC) = 1) r
          ON r.uscc = c.uscc
        """;

    private static string WindowSql(Period p)
    {
        var cols = new StringBuilder();
        foreach (var i in CloseIndicator.Reported)
        {
            cols.Append(CultureInfo.InvariantCulture, $", CAST(r.{i.Column} AS DECIMAL(18,2)) AS {i.Code}");
            if (i.PrevColumn is not null)
            {
                cols.Append(CultureInfo.InvariantCulture, $", r.{i.PrevColumn} AS {i.Code}_prev");
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"""
            CREATE OR REPLACE TEMP TABLE close_window AS
            SELECT r.uscc, r.period{cols}
            FROM reports r SEMI JOIN close_scope s ON s.uscc = r.uscc
            WHERE r.superseded_at IS NULL AND r.period BETWEEN {D(p.AddMonths(-12))} AND {D(p)}
            """);
    }

    private static string EnterpriseSql(Period p, CloseSettings s)
    {
        var cur = D(p);
        var jan = D(new Period(p.Year, 1));
        var ly = D(p.AddMonths(-12));
        var baseFrom = D(p.AddMonths(-Math.Max(1, s.MaxImputedMonths)));
        var sb = new StringBuilder();
        foreach (var i in CloseIndicator.Reported)
        {
            var x = i.Code;
            sb.Append(CultureInfo.InvariantCulture, $",\n any_value({x}) FILTER (WHERE period = {cur}) AS {x}_cur");
            sb.Append(CultureInfo.InvariantCulture, $",\n any_value({x}) FILTER (WHERE period = {ly}) AS {x}_ly");
            sb.Append(CultureInfo.InvariantCulture, $",\n arg_max_null({x}, period) FILTER (WHERE period >= {jan} AND period < {cur}) AS {x}_iny");
            sb.Append(CultureInfo.InvariantCulture, $",\n arg_max_null({x}, period) FILTER (WHERE period >= {baseFrom} AND period < {cur}) AS {x}_base");
            if (i.PrevColumn is not null)
            {
                sb.Append(CultureInfo.InvariantCulture, $",\n any_value({x}_prev) FILTER (WHERE period = {cur}) AS {x}_curprev");
                sb.Append(CultureInfo.InvariantCulture, $",\n arg_max_null({x}_prev, period) FILTER (WHERE period >= {baseFrom} AND period < {cur}) AS {x}_baseprev");
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"""
            CREATE OR REPLACE TEMP TABLE close_ent AS
            SELECT uscc,
                   bool_or(period = {cur}) AS reported,
                   bool_or(period = {D(p.Previous)}) AS had_prev_month,
                   max(period) FILTER (WHERE period < {cur}) AS last_before,
                   bool_or(revenue_prev IS NULL OR ai_revenue_prev IS NULL OR profit_prev IS NULL OR rd_expense_prev IS NULL)
                       FILTER (WHERE period = {cur}) AS prev_missing{sb}
            FROM close_window GROUP BY uscc
            """);
    }

    /// <summary>Responders' growth from each possible base month to the period, by category and overall
    /// (category NULL): ratio of sums over enterprises that reported both months (the comparable basis).</summary>
    private static string GrowthSql(Period p, CloseSettings s)
    {
        var sb = new StringBuilder();
        foreach (var g in CloseIndicator.Reported.Select(i => i.GrowthFrom).Distinct(StringComparer.Ordinal))
        {
            sb.Append(CultureInfo.InvariantCulture, $",\n CAST(sum(c.{g}) AS DOUBLE) / NULLIF(CAST(sum(b.{g}) AS DOUBLE), 0) AS g_{g}");
        }

        foreach (var i in CloseIndicator.Reported.Where(i => i.PrevColumn is not null))
        {
            sb.Append(CultureInfo.InvariantCulture, $",\n CAST(sum(c.{i.Code}_prev) AS DOUBLE) / NULLIF(CAST(sum(b.{i.Code}_prev) AS DOUBLE), 0) AS gp_{i.Code}");
        }

        return string.Create(CultureInfo.InvariantCulture, $"""
            CREATE OR REPLACE TEMP TABLE close_growth AS
            SELECT s.category, b.period AS base_period{sb}
            FROM close_window c
            JOIN close_window b ON b.uscc = c.uscc AND b.period >= {D(p.AddMonths(-Math.Max(1, s.MaxImputedMonths)))} AND b.period < {D(p)}
            JOIN close_scope s ON s.uscc = c.uscc
            WHERE c.period = {D(p)}
            GROUP BY GROUPING SETS ((s.category, b.period), (b.period))
            """);
    }
}
