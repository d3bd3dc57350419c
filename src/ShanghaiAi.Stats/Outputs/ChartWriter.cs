using System.Globalization;
using ScottPlot;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// Public charts of a close, each as PNG and SVG: the trend charts planners read (<see cref="TrendCharts"/>: 本月 over
/// every closed month, 1-本月累计 with 同比增速 one year at a time, this year against last year by month), the YoY trend,
/// AI revenue by category (level 1 and level 2) and by district, and growth by category and district
/// (<see cref="GrowthCharts"/>) for the latest period. Only disclosure-safe values are plotted: a suppressed member has
/// no bar, and its label carries "…". Each chart builds its own Plot (a Plot is not shared across threads).
/// </summary>
public static class ChartWriter
{
    public const int Width = 1200;
    public const int Height = 700;

    /// <summary>File stems of the charts, in the order <see cref="WriteAll"/> writes them.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "trend-ytd", "trend-yoy", "ai-revenue-by-category-l1", "ai-revenue-by-category", "ai-revenue-by-district",
        "trend-month", "trend-ytd-last-year", "trend-month-vs-last-year", "growth-by-category", "growth-by-district",
    ];

    /// <summary>
    /// Writes every chart into <paramref name="chartsDir"/> and returns the files written. <paramref name="cells"/> may
    /// hold many periods and vintages: each period shows its latest vintage (the trend charts show every period given);
    /// bar charts show the latest period. <c>trend-ytd</c> is the latest period's year, <c>trend-ytd-last-year</c> the year before.
    /// </summary>
    public static IReadOnlyList<string> WriteAll(IReadOnlyList<IndicatorCell> cells, ReferenceData reference, string chartsDir)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(reference);
        Guard.NotEmpty(chartsDir);
        if (cells.Count == 0)
        {
            throw new StatsException($"{chartsDir}: expected indicator cells to chart, found none");
        }

        Directory.CreateDirectory(chartsDir);
        var font = ChartFont.Ensure();
        var published = PublicCell.Of(CellSelection.LatestVintagePerPeriod(cells));
        if (published.Count == 0)
        {
            throw new StatsException($"{chartsDir}: expected publishable indicator cells to chart, found only provisional ones (obs_status P)");
        }

        var latest = published.Max(c => c.Period);
        var ofLatest = published.Where(c => c.Period == latest).ToList();
        Func<Plot>[] charts =
        [
            () => TrendCharts.YearToDate(published, reference, font, latest.Year),
            () => ChartPlots.TrendYoy(published, reference, font),
            () => ChartPlots.Bars(ofLatest, reference, font, latest, "ai_revenue", "category_l1", "按产业大类", "by AI category (level 1)"),
            () => ChartPlots.Bars(ofLatest, reference, font, latest, "ai_revenue", "category", "按产业类别", "by AI category"),
            () => ChartPlots.Bars(ofLatest, reference, font, latest, "ai_revenue", "district", "按区", "by district"),
            () => TrendCharts.Monthly(published, reference, font),
            () => TrendCharts.YearToDate(published, reference, font, latest.Year - 1),
            () => TrendCharts.AgainstLastYear(published, reference, font, latest.Year),
            () => GrowthCharts.ByMember(ofLatest, reference, font, latest, "category", "按产业类别", "by AI category"),
            () => GrowthCharts.ByMember(ofLatest, reference, font, latest, "district", "按区", "by district"),
        ];

        // Each chart has its own Plot and files, so they render in parallel (rendering is most of the release's charts time).
        var written = new string[charts.Length][];
        Parallel.For(0, charts.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => written[i] = Save(charts[i](), chartsDir, Names[i]));
        var files = written.SelectMany(f => f).ToList();
        return files;
    }

    private static string[] Save(Plot plot, string dir, string name)
    {
        var png = Path.Combine(dir, name + ".png");
        var svg = Path.Combine(dir, name + ".svg");
        plot.SavePng(png, Width, Height);
        plot.SaveSvg(svg, Width, Height);
        DeterministicSvg.Normalise(svg);
        return [png, svg];
    }

    internal static Plot NewPlot(string font, string titleZh, string titleEn)
    {
        var plot = new Plot();
        plot.Font.Set(font);
        plot.Title($"{titleZh}\n{titleEn}", 18);
        plot.Legend.FontName = font;
        return plot;
    }

    /// <summary>Divides money in 千元 into 亿元 when large, else 万元; returns the divisor and the axis label.</summary>
    internal static (double Divisor, string Label) MoneyScale(IEnumerable<double> values)
    {
        var max = values.Select(Math.Abs).DefaultIfEmpty(0).Max();
        return max >= 100_000
            ? (100_000, "亿元 (100 million yuan)")
            : (10, "万元 (10 thousand yuan)");
    }

    internal static string Number(double v) => v.ToString("#,##0.##", CultureInfo.InvariantCulture);

    /// <summary>"营业收入 Operating revenue": the indicator's names from the catalogue (its code when not there).</summary>
    internal static string IndicatorName(ReferenceData reference, string code)
        => reference.Indicators.FirstOrDefault(i => i.Code == code) is { } indicator ? $"{indicator.NameZh} {indicator.NameEn}" : code;
}
