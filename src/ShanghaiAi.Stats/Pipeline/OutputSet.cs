using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.ParkIndex;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Pipeline;

/// <summary>
/// Writes the published outputs of one close: the monthly return (internal and public, with the park index sheet),
/// charts, the dashboard and open data (Parquet, Arrow IPC, SDMX-CSV). The indicator tables themselves are written
/// by the close.
/// </summary>
public static class OutputSet
{
    public static DemoOutputs WriteAll(CloseResult latest, IReadOnlyList<IndicatorCell> trendCells, ParkIndexResult parks,
        IReadOnlyList<ReviewItem> review, ReferenceData reference, string outDir)
    {
        var files = new List<string>();
        var period = latest.Period;
        var options = new ReturnOptions(AddSheets: wb => ParkScoreWorkbook.AddSheet(wb, parks.Sheet));
        foreach (var isPublic in new[] { false, true })
        {
            var name = isPublic ? $"return-{period}-public.xlsx" : $"return-{period}.xlsx";
            ReturnWorkbookWriter.Write(latest.Cells, reference, period, Path.Combine(outDir, name), isPublic, options);
            files.Add(name);
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
        return new DemoOutputs(files);
    }
}
