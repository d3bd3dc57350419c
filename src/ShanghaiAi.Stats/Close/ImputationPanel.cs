using System.Globalization;
using System.Text;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Close;

/// <summary>The panel of the close: one row per enterprise in scope with its status (reported, imputed, follow-up),
/// its YTD as published and the base of its month value (statistics.md, "Values" and "Non-response").</summary>
internal static class ImputationPanel
{
    /// <summary>True when the month value of the indicator is its YTD less a base (<c>_b</c>, the last YTD of the
    /// same year): flows, unless the month column is the YTD. Otherwise the month value is the YTD itself.</summary>
    public static bool HasBase(CloseIndicator i, Period p, CloseSettings s) => !i.IsStock && !MonthIsYtd(p, s);

    /// <summary>True when the month column of flows equals the YTD: January, and February published as 1-2月.</summary>
    public static bool MonthIsYtd(Period p, CloseSettings s) => p.Month == 1 || (p.Month == 2 && s.CombineJanuaryFebruary);

    /// <summary>
    /// Status: R when the period is reported; I (imputed) when not, but last month (lag 1) or, within
    /// <see cref="CloseSettings.MaxImputedMonths"/>, the month before (lag 2) was; otherwise N (follow-up).
    /// Imputed YTD = last month's YTD as the previous close used it (reported, or for lag 2 the month before's YTD x
    /// responders' growth to last month) x responders' growth to this month, in the same category (overall when the
    /// category has none): two missing months chain the monthly growths. Imputed 上年同期 = its own report of the same
    /// month last year, else its last 上年同期 grown likewise.
    /// Month value of a flow = YTD less the YTD the previous close used for the enterprise (<c>_iny</c>): last
    /// month's report, else its imputed YTD of last month, else for a returner the YTD of the last close that carried
    /// it (<see cref="ClosePanel.GapBaseSelect"/>), else 0 (a new entrant's first report). So the month values of a year add up
    /// to its YTD. A returner's cell carries E (<c>gap</c>). <c>is_r</c>/<c>is_i</c> restate the status as booleans.
    /// </summary>
    internal static string PanelSelect(Period p, CloseSettings s, string ent, string gapBase, string growth)
    {
        var max = ClosePanel.Imputed(s);
        var ytdMonth = MonthIsYtd(p, s);
        var inner = new StringBuilder();
        var outer = new StringBuilder();
        foreach (var i in CloseIndicator.Reported)
        {
            var x = i.Code;
            var dec = i.IsInteger ? 0 : 2;
            var g = i.GrowthFrom;
            string Grown(string value, string growth, int dp) => $"CAST(round({value} * coalesce(gc.{growth}, ga.{growth}, 1), {dp}) AS DECIMAL(18,2))";

            // Last month's YTD as the previous close used it, for an enterprise that did not report last month.
            var lastImputed = Grown($"e.{x}_m2", "g2_" + g, dec);
            var lastBase = max >= 1 ? lastImputed : (p.Month >= 3 ? $"e.{x}_m2" : "0");
            inner.Append(CultureInfo.InvariantCulture, $"""
                ,
                CASE WHEN e.has_cur THEN e.{x}_cur
                     WHEN e.lag IS NOT NULL THEN {Grown($"(CASE e.lag WHEN 1 THEN e.{x}_m1 ELSE {lastImputed} END)", "g1_" + g, dec)}
                END AS {x}_y,
                {(p.Month == 1 ? "0" : $"coalesce(CASE WHEN e.has_m1 THEN e.{x}_m1 WHEN e.has_m2 THEN {lastBase} ELSE gb.{x}_base END, 0)")} AS {x}_iny,
                CASE WHEN e.has_cur THEN {(i.PrevColumn is not null ? $"coalesce(e.{x}_curprev, 0)" : $"coalesce(e.{x}_ly, 0)")}
                     ELSE {(i.PrevColumn is not null
                         ? $"coalesce(e.{x}_ly, {Grown($"(CASE e.lag WHEN 1 THEN e.{x}_m1prev ELSE {Grown($"e.{x}_m2prev", "gp2_" + x, 2)} END)", "gp1_" + x, 2)}, 0)"
                         : $"coalesce(e.{x}_ly, 0)")}
                END AS {x}_pp
                """);
            outer.Append(CultureInfo.InvariantCulture, $"""
                ,
                {(HasBase(i, p, s) ? $"CASE WHEN {x}_y IS NOT NULL THEN {x}_iny END" : "NULL")} AS {x}_b, {x}_y,
                CASE WHEN is_i THEN {x}_y END AS {x}_yi,
                CASE WHEN {x}_y IS NOT NULL THEN {x}_pp END AS {x}_p
                """);
        }

        var prevMissing = string.Join(" OR ", CloseIndicator.Reported.Where(i => i.PrevColumn is not null).Select(i => $"e.{i.Code}_curprev IS NULL"));
        return string.Create(CultureInfo.InvariantCulture, $"""
            SELECT uscc, district_code, park_id, size_class, category, category_l1, ai_enterprise, status,
                   last_before, months_imputed, gap, prev_warning, is_r, is_i{outer}
            FROM (
            SELECT e.uscc, e.district_code, e.park_id, e.size_class, e.category, e.category_l1, e.ai_enterprise, e.status,
                   CASE e.lag WHEN 1 THEN {Sql.Date(p.AddMonths(-1))} WHEN 2 THEN {Sql.Date(p.AddMonths(-2))} END AS last_before,
                   e.lag AS months_imputed,
                   ({(ytdMonth ? "FALSE" : "TRUE")} AND e.has_cur AND NOT e.has_m1 AND (e.has_m2 OR gb.uscc IS NOT NULL)) AS gap,
                   e.has_cur AS is_r, e.lag IS NOT NULL AS is_i,
                   (e.has_cur AND ({prevMissing}) AND (e.registered_on IS NULL OR e.registered_on < {Sql.Date(p.AddMonths(-12))})) AS prev_warning{inner}
            FROM (
                SELECT e.*,
                       CASE WHEN e.has_cur THEN 'R'
                            WHEN {max} >= 1 AND e.has_m1 THEN 'I'
                            WHEN {max} >= 2 AND e.has_m2 THEN 'I'
                            ELSE 'N' END AS status,
                       CASE WHEN e.has_cur THEN NULL
                            WHEN {max} >= 1 AND e.has_m1 THEN 1
                            WHEN {max} >= 2 AND e.has_m2 THEN 2 END AS lag
                FROM {ent} e
            ) e
            LEFT JOIN {gapBase} gb ON gb.uscc = e.uscc
            LEFT JOIN {growth} gc ON gc.category = CASE WHEN e.lag IS NOT NULL OR (e.has_cur AND NOT e.has_m1 AND e.has_m2) THEN e.category END
            LEFT JOIN {growth} ga ON ga.category IS NULL
            ) q
            """);
    }
}
