using System.Globalization;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Close;

public sealed partial class PeriodCloser
{
    /// <summary>
    /// Writes the files of an existing vintage (<c>aistats close --vintage ID</c>): earlier vintages stay readable.
    /// Returns the paths written, by name.
    /// </summary>
    public IReadOnlyDictionary<string, string> Export(string vintageId, string outDir)
    {
        Guard.NotEmpty(vintageId);
        Directory.CreateDirectory(outDir);
        using var c = warehouse.OpenRead();
        var info = IndicatorCellStore.Vintages(warehouse).FirstOrDefault(v => v.VintageId == vintageId)
            ?? throw new StatsException($"vintage '{vintageId}': not in the warehouse {warehouse.Path}; expected one of: "
                + string.Join(", ", IndicatorCellStore.Vintages(warehouse).Select(v => v.VintageId)));
        var cells = IndicatorCellStore.Read(c, vintageId);
        var files = FileNames(outDir, CloseSettings.Default);
        WriteTables(c, vintageId, cells, files);
        WriteRevisions(c, info.Period, cells, files["revisions.csv"]);
        File.WriteAllText(files["close-summary.json"], info.SummaryJson ?? "{}");
        return files;
    }

    private static Dictionary<string, string> FileNames(string outDir, CloseSettings settings)
    {
        var names = new List<string> { "indicators.csv", "indicators-public.csv" };
        if (settings.WriteParquet)
        {
            names.AddRange(["indicators.parquet", "indicators-public.parquet"]);
        }

        names.AddRange(["revisions.csv", "close-summary.json"]);
        return names.ToDictionary(n => n, n => Path.GetFullPath(Path.Combine(outDir, n)), StringComparer.Ordinal);
    }

    private static void WriteFiles(DuckDBConnection c, string vintageId, Period period, IReadOnlyList<IndicatorCell> cells,
        IReadOnlyDictionary<string, string> files, CloseSummary summary)
    {
        WriteTables(c, vintageId, cells, files);
        WriteRevisions(c, period, cells, files["revisions.csv"]);
        File.WriteAllText(files["close-summary.json"], summary.ToJson());
    }

    /// <summary>Provisional cells (a January published only as 1-2月) never reach the public table.</summary>
    private static void WriteTables(DuckDBConnection c, string vintageId, IReadOnlyList<IndicatorCell> cells, IReadOnlyDictionary<string, string> files)
    {
        IndicatorTableWriter.WriteCsv(cells, files["indicators.csv"], isPublic: false);
        IndicatorTableWriter.WriteCsv(cells.Where(x => x.ObsStatus != "P"), files["indicators-public.csv"], isPublic: true);
        if (files.TryGetValue("indicators.parquet", out var internalParquet))
        {
            IndicatorTableWriter.WriteParquet(c, vintageId, internalParquet, isPublic: false);
            IndicatorTableWriter.WriteParquet(c, vintageId, files["indicators-public.parquet"], isPublic: true);
        }
    }

    private static void WriteRevisions(DuckDBConnection c, Period period, IReadOnlyList<IndicatorCell> latest, string path)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = string.Create(CultureInfo.InvariantCulture,
            $"SELECT vintage_id FROM vintages WHERE period = {ClosePanel.D(period)} ORDER BY sequence LIMIT 1");
        var first = cmd.ExecuteScalar() as string;
        var firstCells = first is null || latest.Count == 0 || first == latest[0].Vintage ? latest : IndicatorCellStore.Read(c, first);
        RevisionTable.Write(firstCells, latest, path);
    }
}
