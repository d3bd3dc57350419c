using ScottPlot;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// The trend charts planners read (issue 17), from published total cells of every closed month: 本月 over every month
/// (<c>trend-month</c>); 1-本月累计 as bars with 同比增速 on a second axis, one year at a time (<c>trend-ytd</c> this year,
/// <c>trend-ytd-last-year</c> the year before); this year against last year by month (<c>trend-month-vs-last-year</c>).
/// January and February are one point, 1-2月 (<see cref="TrendSeries"/>).
/// </summary>
internal static class TrendCharts
{
    private static readonly string[] Indicators = ["revenue", "ai_revenue"];

    private static readonly Color[] Palette = [Colors.SteelBlue, Colors.DarkOrange];

    /// <summary>本月 of revenue and AI revenue over every closed month.</summary>
    public static Plot Monthly(IReadOnlyList<IndicatorCell> published, ReferenceData reference, string font)
    {
        var plot = ChartWriter.NewPlot(font, "营业收入与人工智能业务收入 (本月, 1-2月合并)", "Operating revenue and AI revenue, month (Jan-Feb combined)");
        var series = Indicators.Select(code => (Code: code, Points: TrendSeries.Monthly(published, code))).ToList();
        var periods = series.SelectMany(s => s.Points.Select(p => p.Period)).Distinct().Order().ToList();
        var (divisor, unit) = ChartWriter.MoneyScale(series.SelectMany(s => s.Points).Where(p => p.Value is not null).Select(p => (double)p.Value!.Value));
        for (var k = 0; k < series.Count; k++)
        {
            var points = series[k].Points.Where(p => p.Value is not null).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            var line = plot.Add.Scatter(points.Select(p => (double)periods.IndexOf(p.Period)).ToArray(), points.Select(p => (double)p.Value!.Value / divisor).ToArray());
            line.LegendText = ChartWriter.IndicatorName(reference, series[k].Code);
            line.Color = Palette[k];
            line.LineWidth = 2.5f;
            line.MarkerSize = 6;
        }

        var labels = series.SelectMany(s => s.Points).DistinctBy(p => p.Period).ToDictionary(p => p.Period, p => p.Label);
        var step = Math.Max(1, (int)Math.Ceiling(periods.Count / 12.0));
        var ticks = periods.Select((p, i) => (i, p)).Where(t => t.i % step == 0 || t.i == periods.Count - 1 || t.p.Month == 2).ToList();
        plot.Axes.Bottom.SetTicks(ticks.Select(t => (double)t.i).ToArray(), ticks.Select(t => labels[t.p]).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = -35;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.TickLabelStyle.FontName = font;
        plot.YLabel(unit);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    /// <summary>1-本月累计 of <paramref name="year"/> as bars labelled with their value (left axis), 同比增速 as lines (right axis).</summary>
    public static Plot YearToDate(IReadOnlyList<IndicatorCell> published, ReferenceData reference, string font, int year)
    {
        var plot = ChartWriter.NewPlot(font, $"{year}年 营业收入与人工智能业务收入 (1-本月累计) 及同比增速",
            $"{year}: operating revenue and AI revenue, year to date, and year-on-year growth (comparable basis)");
        var series = Indicators.Select(code => (Code: code, Points: TrendSeries.YearToDate(published, code, year))).ToList();
        var (divisor, unit) = ChartWriter.MoneyScale(series.SelectMany(s => s.Points).Where(p => p.Value is not null).Select(p => (double)p.Value!.Value));
        const double width = 0.38;
        for (var k = 0; k < series.Count; k++)
        {
            var name = ChartWriter.IndicatorName(reference, series[k].Code);
            var bars = series[k].Points.Where(p => p.Value is not null)
                .Select(p => new Bar
                {
                    Position = TrendSeries.Slot(p.Period) + ((k - 0.5) * width),
                    Value = (double)p.Value!.Value / divisor,
                    Label = ChartWriter.Number(Math.Round((double)p.Value!.Value / divisor, 1)),
                    Size = width,
                    FillColor = Palette[k].WithAlpha(0.75),
                    LineWidth = 0,
                })
                .ToList();
            if (bars.Count > 0)
            {
                var barPlot = plot.Add.Bars(bars);
                barPlot.LegendText = $"{name} 1-本月累计 ({unit})";
            }

            var growth = series[k].Points.Where(p => p.YoyPct is not null).ToList();
            if (growth.Count > 0)
            {
                var line = plot.Add.Scatter(growth.Select(p => (double)TrendSeries.Slot(p.Period)).ToArray(), growth.Select(p => (double)p.YoyPct!.Value).ToArray());
                line.Axes.YAxis = plot.Axes.Right;
                line.LegendText = $"{name} 同比增速 (%)";
                line.Color = Palette[k].Darken(0.35);
                line.LineWidth = 2.5f;
                line.MarkerSize = 7;
            }
        }

        MonthAxis(plot, font, series.SelectMany(s => s.Points).Select(p => TrendSeries.Slot(p.Period)).DefaultIfEmpty(0).Max(), m => m == 2 ? "1-2月" : $"1-{m}月");
        // Bars stand on zero (left axis); the growth lines keep their own margins on the right axis.
        var top = series.SelectMany(s => s.Points).Where(p => p.Value is not null).Select(p => (double)p.Value!.Value / divisor).DefaultIfEmpty(1).Max();
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsY(0, top * 1.12, plot.Axes.Left);
        plot.YLabel(unit);
        plot.Axes.Right.Label.Text = "同比增速 YoY (%)";
        plot.Axes.Right.Label.FontName = font;
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    /// <summary>本月 of this year against the year before, by calendar month (1-2月 as one point).</summary>
    public static Plot AgainstLastYear(IReadOnlyList<IndicatorCell> published, ReferenceData reference, string font, int year)
    {
        var plot = ChartWriter.NewPlot(font, $"{year}年与{year - 1}年逐月对比 (本月, 1-2月合并)", $"{year} against {year - 1} by month (month values, Jan-Feb combined)");
        var lines = Indicators.SelectMany((code, k) => new[] { (Code: code, K: k, Year: year), (Code: code, K: k, Year: year - 1) })
            .Select(s => (s.Code, s.K, s.Year, Points: TrendSeries.MonthsOfYear(published, s.Code, s.Year).Where(p => p.Value is not null).ToList()))
            .ToList();
        var (divisor, unit) = ChartWriter.MoneyScale(lines.SelectMany(s => s.Points).Select(p => (double)p.Value!.Value));
        foreach (var s in lines.Where(s => s.Points.Count > 0))
        {
            var line = plot.Add.Scatter(s.Points.Select(p => (double)TrendSeries.Slot(p.Period)).ToArray(), s.Points.Select(p => (double)p.Value!.Value / divisor).ToArray());
            line.LegendText = $"{ChartWriter.IndicatorName(reference, s.Code)} {s.Year}年";
            line.Color = s.Year == year ? Palette[s.K] : Palette[s.K].WithAlpha(0.55);
            line.MarkerShape = s.Year == year ? MarkerShape.FilledCircle : MarkerShape.OpenCircle;
            line.LineWidth = s.Year == year ? 2.8f : 2f;
            line.MarkerSize = s.Year == year ? 7 : 5;
        }

        MonthAxis(plot, font, 10, m => m == 2 ? "1-2月" : $"{m}月");
        plot.YLabel(unit);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    /// <summary>Ticks at slots 0 (1-2月) to <paramref name="lastSlot"/> (at most 10, December).</summary>
    private static void MonthAxis(Plot plot, string font, int lastSlot, Func<int, string> label)
    {
        var slots = Enumerable.Range(0, Math.Clamp(lastSlot, 0, 10) + 1).ToArray();
        plot.Axes.Bottom.SetTicks(slots.Select(s => (double)s).ToArray(), slots.Select(s => label(s + 2)).ToArray());
        plot.Axes.Bottom.TickLabelStyle.FontName = font;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.XLabel("月份 Month");
    }
}
