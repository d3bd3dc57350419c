using ScottPlot;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>The trend-of-growth line chart and the member bar charts (category, district) of a release.</summary>
internal static class ChartPlots
{
    private static readonly string[] TrendIndicators = ["revenue", "ai_revenue"];

    internal static Plot TrendYoy(IReadOnlyList<IndicatorCell> published, ReferenceData reference, string font)
    {
        var plot = ChartWriter.NewPlot(font, "同比增长 (可比口径, %)", "Year-on-year growth, comparable basis (%)");
        var periods = TrendPeriods(published);
        var totals = Totals(published);
        foreach (var code in TrendIndicators)
        {
            AddSeries(plot, reference, periods, totals, code, c => c.YoyPct is { } v ? (double)v : null);
        }

        plot.Add.HorizontalLine(0, 1, Colors.Gray);
        plot.YLabel("%");
        FinishTrend(plot, periods);
        return plot;
    }

    private static List<Period> TrendPeriods(IReadOnlyList<IndicatorCell> published)
        => published.Where(c => c.Breakdown == "total").Select(c => c.Period).Distinct().Order().ToList();

    private static List<IndicatorCell> Totals(IReadOnlyList<IndicatorCell> published)
        => published.Where(c => c.Breakdown == "total" && TrendIndicators.Contains(c.IndicatorCode, StringComparer.Ordinal)).ToList();

    private static void AddSeries(Plot plot, ReferenceData reference, List<Period> periods, List<IndicatorCell> totals, string code,
        Func<IndicatorCell, double?> value)
    {
        var points = periods.Select((p, i) => (X: (double)i, Y: totals.FirstOrDefault(c => c.Period == p && c.IndicatorCode == code) is { } cell ? value(cell) : null))
            .Where(pt => pt.Y is not null)
            .ToList();
        if (points.Count == 0)
        {
            return;
        }

        var scatter = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y!.Value).ToArray());
        scatter.LegendText = ChartWriter.IndicatorName(reference, code);
        scatter.LineWidth = 2.5f;
        scatter.MarkerSize = 6;
    }

    private static void FinishTrend(Plot plot, List<Period> periods)
    {
        var step = Math.Max(1, (int)Math.Ceiling(periods.Count / 12.0));
        var ticks = periods.Select((p, i) => (i, p)).Where(t => t.i % step == 0 || t.i == periods.Count - 1).ToList();
        plot.Axes.Bottom.SetTicks(ticks.Select(t => (double)t.i).ToArray(), ticks.Select(t => t.p.ToString()).ToArray());
        plot.XLabel("报告期 Period");
        plot.ShowLegend(Alignment.UpperLeft);
    }

    internal static Plot Bars(List<IndicatorCell> ofLatest, ReferenceData reference, string font, Period period, string indicatorCode,
        string breakdown, string byZh, string byEn)
    {
        var indicator = reference.Indicators.FirstOrDefault(i => i.Code == indicatorCode);
        var nameZh = indicator?.NameZh ?? indicatorCode;
        var nameEn = indicator?.NameEn ?? indicatorCode;
        var plot = ChartWriter.NewPlot(font, $"{nameZh}{byZh} ({period.YtdLabelZh})", $"{nameEn} {byEn}, {ReturnSheetFrame.PeriodLabelEn(period)}");
        var rows = MemberRows(ofLatest, reference, indicatorCode, breakdown);
        var (divisor, unit) = ChartWriter.MoneyScale(rows.Select(r => r.Cell?.ValueYtd).OfType<decimal>().Select(v => (double)v));
        var bars = new List<Bar>();
        var positions = new List<double>();
        var labels = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            // Top to bottom in publication order: the first member gets the highest position.
            var position = rows.Count - 1 - i;
            var (member, cell) = rows[i];
            positions.Add(position);
            if (cell is null)
            {
                labels.Add($"{member.NameZh} {ReturnRows.NotApplicable}");
            }
            else if (cell.IsFree && cell.ValueYtd is { } v)
            {
                var scaled = (double)v / divisor;
                bars.Add(new Bar { Position = position, Value = scaled, Label = ChartWriter.Number(Math.Round(scaled, 2)), FillColor = Colors.SteelBlue });
                labels.Add(member.NameZh);
            }
            else
            {
                labels.Add($"{member.NameZh} {PublicCell.SuppressedSymbol}");
            }
        }

        if (bars.Count > 0)
        {
            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = true;
        }

        plot.Axes.Left.SetTicks(positions.ToArray(), labels.ToArray());
        plot.Axes.Left.TickLabelStyle.FontName = font;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        plot.Axes.Margins(left: 0, right: 0.15);
        // The axis spans every row, not only the bars: a suppressed member at either end keeps its label in view.
        plot.Axes.SetLimitsY(-0.6, Math.Max(0, rows.Count - 1) + 0.6);
        plot.XLabel($"{unit}    “…” 表示数据保密 suppressed for confidentiality    “—” 无数据 no enterprise");
        return plot;
    }

    /// <summary>The members of one indicator and breakdown in publication order, with their cells; for the district
    /// breakdown every active district of the reference data has its row (16), with or without a cell, so none may
    /// silently go missing from a chart.</summary>
    internal static List<(Member Member, IndicatorCell? Cell)> MemberRows(IReadOnlyList<IndicatorCell> ofLatest, ReferenceData reference,
        string indicatorCode, string breakdown)
    {
        var cells = ofLatest.Where(c => c.IndicatorCode == indicatorCode && c.Breakdown == breakdown).ToList();
        var codes = cells.Select(c => c.BreakdownCode)
            .Union(breakdown == "district" ? reference.ActiveDistricts.Select(d => d.Code) : [], StringComparer.Ordinal);
        return codes
            .Select(code => (Member: Members.Of(reference, breakdown, code), Cell: cells.FirstOrDefault(c => c.BreakdownCode == code)))
            .OrderBy(m => m.Member.Order).ThenBy(m => m.Member.Code, StringComparer.Ordinal)
            .ToList();
    }
}
