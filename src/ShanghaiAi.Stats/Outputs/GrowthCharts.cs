using System.Globalization;
using ScottPlot;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// Growth by member (<c>growth-by-category</c>, <c>growth-by-district</c>): the comparable-basis 同比增速 of AI revenue,
/// 1-本月累计, of every category or district (all 16) in publication order for the latest period; a suppressed member, or
/// one without a base last year or without enterprises, has no bar and its label says why ("…" suppressed, "—" no growth).
/// </summary>
internal static class GrowthCharts
{
    public const string Indicator = "ai_revenue";

    public static Plot ByMember(IReadOnlyList<IndicatorCell> ofLatest, ReferenceData reference, string font, Period period, string breakdown,
        string byZh, string byEn)
    {
        var name = ChartWriter.IndicatorName(reference, Indicator);
        var plot = ChartWriter.NewPlot(font, $"人工智能业务收入同比增速{byZh} ({period.YtdLabelZh}, 可比口径, %)",
            $"AI revenue, year-on-year growth {byEn}, {ReturnSheetFrame.PeriodLabelEn(period)} (comparable basis, %)");
        // Every district is listed (all 16), those without a cell (no enterprise) with "—".
        var rows = ChartPlots.MemberRows(ofLatest, reference, Indicator, breakdown);

        var bars = new List<Bar>();
        var positions = new List<double>();
        var labels = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var position = rows.Count - 1 - i;
            var (member, cell) = rows[i];
            positions.Add(position);
            if (cell is { IsFree: true, YoyPct: { } yoy })
            {
                var v = (double)yoy;
                bars.Add(new Bar
                {
                    Position = position,
                    Value = v,
                    Label = yoy.ToString("0.0", CultureInfo.InvariantCulture),
                    FillColor = v < 0 ? Colors.FireBrick : Colors.SeaGreen,
                });
                labels.Add(member.NameZh);
            }
            else
            {
                labels.Add($"{member.NameZh} {(cell is null || cell.IsFree ? "—" : PublicCell.SuppressedSymbol)}");
            }
        }

        if (bars.Count > 0)
        {
            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = true;
            plottable.LegendText = name;
        }

        plot.Add.VerticalLine(0, 1, Colors.Gray);
        plot.Axes.Left.SetTicks(positions.ToArray(), labels.ToArray());
        plot.Axes.Left.TickLabelStyle.FontName = font;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        plot.Axes.Margins(left: 0.1, right: 0.12);
        // Every member's row stays on the axis, also the last ones without a bar.
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsY(-0.7, rows.Count - 0.3, plot.Axes.Left);
        plot.XLabel("同比增速 (%)    “…” 表示数据保密 suppressed    “—” 无上年基数 no base");
        return plot;
    }
}
