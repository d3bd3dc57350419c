using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.ParkIndex;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Pipeline;

/// <summary>
/// Writes the published outputs of one close: the monthly return (internal and public, with the park index sheet),
/// charts, the dashboard and open data (Arrow IPC, SDMX-CSV with its SDMX-ML structure, the period-partitioned Parquet
/// lake of the trend's periods, datapackage.json). The indicator tables themselves (CSV, Parquet) are
/// written by the close. A provisional vintage (January, published only as 1-2月) gets the internal return only.
/// </summary>
public static class OutputSet
{
    /// <summary>How many months of earlier vintages feed the trend charts.</summary>
    public const int TrendMonths = 12;

    /// <summary>Writes the outputs of <paramref name="latest"/>, with the trend read from the warehouse's vintages.</summary>
    public static DemoOutputs WriteAll(StatsWarehouse warehouse, CloseResult latest, ParkIndexResult parks, ReferenceData reference, string outDir)
        => WriteAll(latest, TrendCells(warehouse, latest), parks, new ClassificationStore(warehouse).ReviewQueue(), reference, outDir);

    public static DemoOutputs WriteAll(CloseResult latest, IReadOnlyList<IndicatorCell> trendCells, ParkIndexResult parks,
        IReadOnlyList<ReviewItem> review, ReferenceData reference, string outDir)
    {
        var files = new List<string> { WriteReviewQueue(review, Path.Combine(outDir, "review-queue.csv")) };
        var period = latest.Period;
        var options = new ReturnOptions(AddSheets: wb => ParkScoreWorkbook.AddSheet(wb, parks.Sheet));
        foreach (var isPublic in latest.PublicReleased ? new[] { false, true } : [false])
        {
            var name = isPublic ? $"return-{period}-public.xlsx" : $"return-{period}.xlsx";
            ReturnWorkbookWriter.Write(latest.Cells, reference, period, Path.Combine(outDir, name), isPublic, options);
            files.Add(name);
        }

        if (!latest.PublicReleased)
        {
            return new DemoOutputs(files);
        }

        var chartsDir = Path.Combine(outDir, "charts");
        files.AddRange(ChartWriter.WriteAll(trendCells, reference, chartsDir).Select(f => Path.GetRelativePath(outDir, f)));

        var reviewItems = review
            .Select(r => new DashboardReviewItem(r.Uscc, "classification", r.Name, $"{r.Category}: {r.Reason} — {r.Evidence}", "open"))
            .ToList();
        var dashboard = DashboardWriter.Write(trendCells, reference, period, Path.Combine(outDir, "dashboard"),
            new DashboardOptions(ParkScoresPath: parks.Files.ScoresCsv, ReviewQueue: reviewItems, ChartsDir: chartsDir));
        files.Add(Path.GetRelativePath(outDir, dashboard));

        OpenDataWriter.WriteSdmxCsv(latest.Cells, Path.Combine(outDir, "indicators-sdmx.csv"));
        OpenDataWriter.WriteArrow(latest.Cells, Path.Combine(outDir, "indicators-public.arrow"));
        files.AddRange(["indicators-sdmx.csv", "indicators-public.arrow"]);
        files.AddRange(OpenDataPackage.Write(outDir, trendCells,
            [
                new("indicators-public.csv", OpenDataFormat.IndicatorCsv), new("indicators-public.parquet", OpenDataFormat.IndicatorParquet),
                new("indicators-public.arrow", OpenDataFormat.IndicatorArrow), new("indicators-sdmx.csv", OpenDataFormat.SdmxCsv),
            ],
            latest.VintageId, period, reference));
        return new DemoOutputs(files);
    }

    /// <summary>The classification review queue of the close (internal): enterprises a statistician should check.</summary>
    public static string WriteReviewQueue(IReadOnlyList<ReviewItem> review, string path)
    {
        var lines = new List<string> { "uscc,name,category,reason,evidence" };
        lines.AddRange(review.Select(r => CsvText.Line([r.Uscc, r.Name, r.Category, r.Reason, r.Evidence])));
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new System.Text.UTF8Encoding(true));
        return Path.GetFileName(path);
    }

    /// <summary>The cells of the latest vintage of each of the <see cref="TrendMonths"/> months up to the close.</summary>
    public static IReadOnlyList<IndicatorCell> TrendCells(StatsWarehouse warehouse, CloseResult latest)
    {
        var first = latest.Period.AddMonths(1 - TrendMonths);
        var earlier = IndicatorCellStore.Vintages(warehouse)
            .Where(v => v.Period >= first && v.Period < latest.Period)
            .GroupBy(v => v.Period)
            .Select(g => g.MaxBy(v => v.Sequence)!)
            .OrderBy(v => v.Period)
            .SelectMany(v => IndicatorCellStore.Read(warehouse, v.VintageId));
        return earlier.Concat(latest.Cells).ToList();
    }
}
