using System.Globalization;
using System.Text;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Close;

internal static partial class ClosePanel
{
    /// <summary>True when the month column of flows equals the YTD: January, and February published as 1-2月.</summary>
    public static bool MonthIsYtd(Period p, CloseSettings s) => p.Month == 1 || (p.Month == 2 && s.CombineJanuaryFebruary);

    private static string PanelSql(Period p, CloseSettings s)
    {
        var impute = s.Impute && s.MaxImputedMonths >= 1;
        var baseFrom = D(p.AddMonths(-Math.Max(1, s.MaxImputedMonths)));
        var gapPossible = !MonthIsYtd(p, s);
        var inner = new StringBuilder();
        var outer = new StringBuilder();
        foreach (var i in CloseIndicator.Reported)
        {
            var x = i.Code;
            var dec = i.IsInteger ? 0 : 2;
            inner.Append(CultureInfo.InvariantCulture, $"""
                ,
                CASE e.status WHEN 'R' THEN e.{x}_cur
                              WHEN 'I' THEN CAST(round(e.{x}_base * coalesce(gc.g_{i.GrowthFrom}, ga.g_{i.GrowthFrom}, 1), {dec}) AS DECIMAL(18,2))
                END AS {x}_y, e.{x}_iny, e.{x}_ly
                """);
            if (i.PrevColumn is not null)
            {
                inner.Append(CultureInfo.InvariantCulture, $"""
                    , e.{x}_curprev,
                    CAST(round(e.{x}_baseprev * coalesce(gc.gp_{x}, ga.gp_{x}, 1), 2) AS DECIMAL(18,2)) AS {x}_impprev
                    """);
            }

            var v = i.IsStock || MonthIsYtd(p, s) ? $"{x}_y" : $"{x}_y - coalesce({x}_iny, 0)";
            var prevR = i.PrevColumn is not null ? $"coalesce({x}_curprev, 0)" : $"coalesce({x}_ly, 0)";
            var prevI = i.PrevColumn is not null ? $"coalesce({x}_ly, {x}_impprev, 0)" : $"coalesce({x}_ly, 0)";
            outer.Append(CultureInfo.InvariantCulture, $"""
                ,
                {v} AS {x}_v, {x}_y,
                CASE WHEN {x}_y IS NULL THEN NULL WHEN status = 'R' THEN {prevR} ELSE {prevI} END AS {x}_p
                """);
        }

        var ly = D(p.AddMonths(-12));
        return string.Create(CultureInfo.InvariantCulture, $"""
            CREATE OR REPLACE TEMP TABLE close_panel AS
            SELECT uscc, district_code, park_id, size_class, category, category_l1, ai_enterprise, status,
                   last_before, months_imputed, gap, prev_warning{outer}
            FROM (
                SELECT e.uscc, e.district_code, e.park_id, e.size_class, e.category, e.category_l1, e.ai_enterprise,
                       e.status, e.last_before,
                       CASE WHEN e.status = 'I' THEN date_diff('month', e.last_before, {D(p)}) END AS months_imputed,
                       ({(gapPossible ? "TRUE" : "FALSE")} AND e.status = 'R' AND NOT coalesce(e.had_prev_month, FALSE)) AS gap,
                       (e.status = 'R' AND coalesce(e.prev_missing, FALSE) AND (e.registered_on IS NULL OR e.registered_on < {ly})) AS prev_warning{inner}
                FROM (
                    SELECT s.uscc, s.district_code, s.park_id, s.size_class, s.category, s.category_l1, s.ai_enterprise,
                           s.registered_on, e.* EXCLUDE (uscc),
                           CASE WHEN coalesce(e.reported, FALSE) THEN 'R'
                                WHEN {(impute ? "TRUE" : "FALSE")} AND e.last_before >= {baseFrom} THEN 'I'
                                ELSE 'N' END AS status
                    FROM close_scope s LEFT JOIN close_ent e ON e.uscc = s.uscc
                ) e
                LEFT JOIN close_growth gc ON gc.category = e.category AND gc.base_period = e.last_before
                LEFT JOIN close_growth ga ON ga.category IS NULL AND ga.base_period = e.last_before
            ) q
            """);
    }
}
