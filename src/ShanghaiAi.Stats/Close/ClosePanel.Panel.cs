using System.Globalization;
using System.Text;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Close;

internal static partial class ClosePanel
{
    /// <summary>True when the month value of a flow needs the last YTD of the year before last month: from March
    /// on (earlier, the month before last is in the previous year), unless the month column is the YTD.</summary>
    public static bool GapSearched(Period p, CloseSettings s) => !MonthIsYtd(p, s) && p.Month >= 3;

    /// <summary>True when the month column of flows equals the YTD: January, and February published as 1-2月.</summary>
    public static bool MonthIsYtd(Period p, CloseSettings s) => p.Month == 1 || (p.Month == 2 && s.CombineJanuaryFebruary);

    /// <summary>
    /// Status: R when the period is reported; I (imputed) when not, but last month (lag 1) or, within
    /// <see cref="CloseSettings.MaxImputedMonths"/>, the month before (lag 2) was; otherwise N (follow-up).
    /// Imputed YTD = the base month's YTD x responders' growth in the same category (overall when the category has
    /// none); imputed 上年同期 = its own report of the same month last year, else its last 上年同期 grown likewise.
    /// Month value of a flow = YTD less the last YTD of the same year (0 for the first report of the year): last
    /// month's, else the month before's, else the gap search's (<see cref="GapSelect"/>). <c>is_r</c>/<c>is_i</c>
    /// restate the status as booleans for the aggregation's filters.
    /// </summary>
    internal static string PanelSelect(Period p, CloseSettings s, string ent, string gap, string growth)
    {
        var max = s.Impute ? s.MaxImputedMonths : 0;
        var ytdMonth = MonthIsYtd(p, s);
        var searched = GapSearched(p, s);
        var inner = new StringBuilder();
        var outer = new StringBuilder();
        foreach (var i in CloseIndicator.Reported)
        {
            var x = i.Code;
            var dec = i.IsInteger ? 0 : 2;
            var g = i.GrowthFrom;
            inner.Append(CultureInfo.InvariantCulture, $"""
                ,
                CASE WHEN e.has_cur THEN e.{x}_cur
                     WHEN e.lag IS NOT NULL THEN CAST(round((CASE e.lag WHEN 1 THEN e.{x}_m1 ELSE e.{x}_m2 END) * coalesce(gc.g_{g}, ga.g_{g}, 1), {dec}) AS DECIMAL(18,2))
                END AS {x}_y,
                {(p.Month == 1 ? "0" : $"coalesce(CASE WHEN e.has_m1 THEN e.{x}_m1 {(searched ? $"WHEN e.has_m2 THEN e.{x}_m2 " : "")}ELSE gp.{x}_iny END, 0)")} AS {x}_iny,
                CASE WHEN e.has_cur THEN {(i.PrevColumn is not null ? $"coalesce(e.{x}_curprev, 0)" : $"coalesce(e.{x}_ly, 0)")}
                     ELSE {(i.PrevColumn is not null
                         ? $"coalesce(e.{x}_ly, CAST(round((CASE e.lag WHEN 1 THEN e.{x}_m1prev ELSE e.{x}_m2prev END) * coalesce(gc.gp_{x}, ga.gp_{x}, 1), 2) AS DECIMAL(18,2)), 0)"
                         : $"coalesce(e.{x}_ly, 0)")}
                END AS {x}_pp
                """);
            outer.Append(CultureInfo.InvariantCulture, $"""
                ,
                {(i.IsStock || ytdMonth ? $"{x}_y" : $"{x}_y - {x}_iny")} AS {x}_v, {x}_y,
                CASE WHEN {x}_y IS NOT NULL THEN {x}_pp END AS {x}_p
                """);
        }

        var prevMissing = string.Join(" OR ", CloseIndicator.Reported.Where(i => i.PrevColumn is not null).Select(i => $"e.{i.Code}_curprev IS NULL"));
        return string.Create(CultureInfo.InvariantCulture, $"""
            SELECT uscc, district_code, park_id, size_class, category, category_l1, ai_enterprise, status,
                   last_before, months_imputed, gap, prev_warning, is_r, is_i{outer}
            FROM (
            SELECT e.uscc, e.district_code, e.park_id, e.size_class, e.category, e.category_l1, e.ai_enterprise, e.status,
                   CASE e.lag WHEN 1 THEN {D(p.AddMonths(-1))} WHEN 2 THEN {D(p.AddMonths(-2))} END AS last_before,
                   e.lag AS months_imputed,
                   ({(ytdMonth ? "FALSE" : "TRUE")} AND e.has_cur AND NOT e.has_m1) AS gap,
                   e.has_cur AS is_r, e.lag IS NOT NULL AS is_i,
                   (e.has_cur AND ({prevMissing}) AND (e.registered_on IS NULL OR e.registered_on < {D(p.AddMonths(-12))})) AS prev_warning{inner}
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
            LEFT JOIN {gap} gp ON gp.uscc = e.uscc
            LEFT JOIN {growth} gc ON gc.category = e.category AND gc.lag = e.lag
            LEFT JOIN {growth} ga ON ga.category IS NULL AND ga.lag = e.lag
            ) q
            """);
    }
}
