using System.Globalization;
using System.Net;
using System.Text;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>The dashboard's self-contained index.html (no network): headlines, tables, charts, park scores, bilingual.</summary>
internal static class DashboardHtml
{
    private static string H(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    internal static string Render(DashboardWriter.Page page)
    {
        var r = page.Reference;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{H(r.Form.TitleZh)} {H(page.Period.YtdLabelZh)}</title>
            <style>{DashboardStyle.Css}</style>
            </head>
            <body>
            <header>
              <h1>{H(r.Form.TitleZh)}<span class="en">{H(r.Form.TitleEn)}</span></h1>
              <p class="period">{H(page.Period.YtdLabelZh)} <span class="en">{H(ReturnSheetFrame.PeriodLabelEn(page.Period))}</span>
                · 版本 vintage <code>{H(page.Vintage)}</code> · 公开数据 public data</p>
            </header>
            <main>
            <section id="headlines"><h2>主要指标 <span class="en">Headline indicators</span></h2><div class="cards">
            """);
        foreach (var code in DashboardWriter.Headlines)
        {
            var cell = page.Cells.FirstOrDefault(c => c.Breakdown == "total" && c.IndicatorCode == code);
            var ind = r.Indicators.FirstOrDefault(i => i.Code == code);
            if (cell is null || ind is null)
            {
                continue;
            }

            var imputed = page.ImputedSharePct.TryGetValue(code, out var share)
                ? $"<span class=\"imputed\">推算占比 imputed {H(ImputedShares.Format(share))}</span>"
                : string.Empty;
            sb.Append(CultureInfo.InvariantCulture, $"""
                <div class="card" data-indicator="{H(code)}"><div class="label">{H(ind.NameZh)}<span class="en">{H(ind.NameEn)}</span></div>
                <div class="value">{H(Format(cell.ValueYtd ?? cell.Value, ind.Decimals, cell.IsFree))}<span class="unit">{H(ind.UnitZh)}</span></div>{Change(cell)}{imputed}</div>
                """);
        }

        sb.Append("</div></section>\n");
        AppendTables(sb, page);
        AppendCharts(sb, page);
        AppendParks(sb, page);
        sb.Append(CultureInfo.InvariantCulture, $"""
            </main>
            <footer><p>注: “…”表示该数据涉及单个调查对象, 依法保密不予公布。Note: "…" marks a figure withheld to protect the confidentiality of individual enterprises.
              比率指标(人工智能业务收入占比、研发投入强度、报送率)的变化为增减(百分点), 其余为同比增长(%)。Ratios change in percentage points, other indicators year on year in per cent.
              推算占比: 1-本月累计中按同类企业增速推算的未报企业所占比重。Imputed: the share of the year-to-date total imputed for non-respondents.</p>
            <p>{H(r.Form.AuthorityZh)} {H(r.Form.AuthorityEn)} · 表号 {H(r.Form.FormNo)} · 数据 data: <a href="data.json">data.json</a></p></footer>
            <script>{DashboardStyle.Script}</script>
            </body>
            </html>
            """);
        return sb.ToString();
    }

    private static void AppendTables(StringBuilder sb, DashboardWriter.Page page)
    {
        var present = IndicatorCell.Breakdowns.Where(b => page.Cells.Any(c => c.Breakdown == b)).ToList();
        sb.Append("<section id=\"indicators\"><h2>指标表 <span class=\"en\">Indicator table</span></h2>\n");
        sb.Append("<label>分组 Breakdown: <select id=\"breakdown\">");
        foreach (var b in present)
        {
            var (zh, en) = Members.BreakdownTitle(b);
            sb.Append(CultureInfo.InvariantCulture, $"<option value=\"{H(b)}\">{H(zh)} {H(en)}</option>");
        }

        sb.Append("</select></label>\n");
        foreach (var b in present)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<table class=\"cells\" data-breakdown=\"{H(b)}\"{(b == "total" ? string.Empty : " hidden")}><thead><tr>")
                .Append("<th>指标 Indicator</th><th>分组 Member</th><th>单位 Unit</th><th>本月 Month</th><th>1-本月累计 YTD</th>")
                .Append("<th>上年同期累计 Same period last year</th><th>同比增长(%)/增减(百分点) YoY % / points</th><th>状态 Status</th></tr></thead><tbody>\n");
            var rows = page.Cells.Where(c => c.Breakdown == b)
                .Select(c => (Cell: c, Ind: page.Reference.Indicators.FirstOrDefault(i => i.Code == c.IndicatorCode), Member: Members.Of(page.Reference, c.Breakdown, c.BreakdownCode)))
                .OrderBy(x => x.Ind is null ? int.MaxValue : IndexOf(page.Reference.Indicators, x.Ind))
                .ThenBy(x => x.Member.Order).ThenBy(x => x.Member.Code, StringComparer.Ordinal);
            foreach (var (c, ind, m) in rows)
            {
                var decimals = ind?.Decimals ?? 1;
                sb.Append(CultureInfo.InvariantCulture, $"<tr{(c.IsFree ? string.Empty : " class=\"suppressed\"")}><td>{H(ind?.NameZh ?? c.IndicatorCode)}<span class=\"en\">{H(ind?.NameEn)}</span></td>")
                    .Append(CultureInfo.InvariantCulture, $"<td>{H(m.NameZh)}<span class=\"en\">{(m.Code == Members.TotalCode ? H(m.NameEn) : $"{H(m.NameEn)} · {H(m.Code)}")}</span></td><td>{H(ind?.UnitZh ?? c.Unit)}</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{H(Format(c.Value, decimals, c.IsFree))}</td><td class=\"num\">{H(Format(c.ValueYtd, decimals, c.IsFree))}</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{H(Format(c.ValueYtdPrev, decimals, c.IsFree))}</td><td class=\"num\">{H(Format(IsPoints(c) ? c.ChangePp : c.YoyPct, 1, c.IsFree))}</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td class=\"status\">{H(c.ObsStatus)}/{H(c.ConfStatus)}</td></tr>\n");
            }

            sb.Append("</tbody></table>\n");
        }

        sb.Append("<p class=\"hint\">状态 Status: 观测状态/保密状态 obs_status/conf_status (A 正常 normal, E 含推算 estimated; F 可公布 free, A/O/T/D 保密 suppressed).</p></section>\n");
    }

    private static void AppendCharts(StringBuilder sb, DashboardWriter.Page page)
    {
        sb.Append("<section id=\"charts\"><h2>趋势与结构 <span class=\"en\">Trends and structure</span></h2><div class=\"charts\">\n");
        foreach (var chart in page.Charts)
        {
            var svg = Path.ChangeExtension(chart, ".svg");
            sb.Append(CultureInfo.InvariantCulture, $"<figure><a href=\"{H(svg)}\"><img src=\"{H(chart)}\" alt=\"{H(Path.GetFileNameWithoutExtension(chart))}\" loading=\"lazy\"></a></figure>\n");
        }

        sb.Append("</div></section>\n");
    }

    private static void AppendParks(StringBuilder sb, DashboardWriter.Page page)
    {
        sb.Append("<section id=\"parks\"><h2>园区智能指数 <span class=\"en\">Park intelligence scores</span></h2>\n");
        if (page.Parks is null || page.Parks.Count == 0)
        {
            sb.Append("<p class=\"na\">暂无数据 Not available</p></section>\n");
            return;
        }

        sb.Append("<table><thead><tr><th>排名 Rank</th><th>园区 Park</th><th>得分 Score</th><th>排名区间 (5%-95%) Rank interval</th></tr></thead><tbody>\n");
        foreach (var s in page.Parks.OrderBy(s => s.Rank ?? int.MaxValue).ThenBy(s => s.ParkId, StringComparer.Ordinal))
        {
            var park = page.Reference.ParksById.GetValueOrDefault(s.ParkId);
            var interval = s.RankP05 is { } a && s.RankP95 is { } b ? $"{a.ToString(CultureInfo.InvariantCulture)}–{b.ToString(CultureInfo.InvariantCulture)}" : "—";
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"num\">{(s.Rank is { } rank ? rank.ToString(CultureInfo.InvariantCulture) : "—")}</td><td>{H(park?.NameZh ?? s.ParkId)}<span class=\"en\">{H(park?.NameEn)} · {H(s.ParkId)}</span></td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{H(s.Score is { } score ? score.ToString("0.0", CultureInfo.InvariantCulture) : "—")}</td><td class=\"num\">{H(interval)}</td></tr>\n");
        }

        sb.Append("</tbody></table></section>\n");
    }

    /// <summary>True for an indicator that is a percentage: its change is read in points (增减, 百分点), not per cent.</summary>
    private static bool IsPoints(IndicatorCell cell) => IndicatorCell.PercentIndicators.Contains(cell.IndicatorCode);

    /// <summary>The card's change: 增减 ±x.x 百分点 for a percentage, 同比 ±x.x% otherwise; nothing when undefined or suppressed.</summary>
    private static string Change(IndicatorCell cell)
    {
        var (value, label, unit) = IsPoints(cell) ? (cell.ChangePp, "增减 change", " 百分点 points") : (cell.YoyPct, "同比 YoY", "%");
        return cell.IsFree && value is { } v
            ? $"<span class=\"yoy {(v >= 0 ? "up" : "down")}\">{label} {(v > 0 ? "+" : string.Empty)}{H(v.ToString("0.0", CultureInfo.InvariantCulture))}{unit}</span>"
            : string.Empty;
    }

    /// <summary>A value with grouping, the indicator's decimals; "…" when suppressed, empty when undefined.</summary>
    internal static string Format(decimal? value, int decimals, bool isFree)
        => !isFree ? PublicCell.SuppressedSymbol
            : value is { } v ? v.ToString(decimals <= 0 ? "#,##0" : "#,##0." + new string('0', decimals), CultureInfo.InvariantCulture)
            : string.Empty;

    private static int IndexOf(IReadOnlyList<Indicator> list, Indicator item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], item))
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
