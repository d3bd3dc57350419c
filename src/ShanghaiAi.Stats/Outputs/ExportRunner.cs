using DuckDB.NET.Data;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// Exports one vintage of the indicator table from the warehouse: open data (public CSV, Parquet, Arrow IPC,
/// SDMX-CSV), the monthly return (internal and public xlsx), charts and the dashboard; format package (in the default
/// set) adds the open data package (<see cref="OpenDataPackage"/>: datapackage.json, the Parquet lake, the SDMX structure).
/// </summary>
public static class ExportRunner
{
    public static readonly IReadOnlyList<string> AllFormats = ["csv", "parquet", "arrow", "sdmx", "xlsx", "charts", "dashboard", "package"];

    public static readonly IReadOnlyList<string> DefaultFormats = ["csv", "parquet", "arrow", "sdmx", "xlsx", "package"];

    /// <summary>Parses "csv,parquet" into formats; unknown names throw, naming the option and the allowed values.</summary>
    public static IReadOnlyList<string> ParseFormats(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DefaultFormats;
        }

        var formats = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var unknown = formats.FirstOrDefault(f => !AllFormats.Contains(f, StringComparer.Ordinal));
        return unknown is null
            ? formats
            : throw new StatsException($"--format: expected a comma-separated list of {string.Join(", ", AllFormats)}, found '{unknown}'");
    }

    /// <summary>Opens the warehouse file of the request (it must exist) and exports.</summary>
    public static ExportResult Run(ExportRequest request, ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!File.Exists(request.DbPath))
        {
            throw new StatsException($"--db: warehouse file '{request.DbPath}' not found");
        }

        // The same connection string as Warehouse: DuckDB refuses a second open of one file with another configuration
        // in the same process (e.g. the functions host).
        using var connection = new DuckDBConnection($"Data Source={Path.GetFullPath(request.DbPath)}");
        connection.Open();
        return Run(request, reference, connection);
    }

    /// <summary>Exports through an open warehouse connection (the caller's own, one per thread).</summary>
    public static ExportResult Run(ExportRequest request, ReferenceData reference, DuckDBConnection connection)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(connection);
        if (request.Vintage is null && request.Period is null)
        {
            throw new StatsException("export: expected --vintage ID or --period YYYY-MM, found neither");
        }

        var (vintage, cells, earlier) = Load(request, connection);
        var period = cells[0].Period;
        var formats = request.Formats.Count == 0 ? DefaultFormats : request.Formats;
        Directory.CreateDirectory(request.OutDir);
        var files = new List<string>();
        var skipped = new List<string>();
        var provisional = cells.All(c => !PublicCell.IsPublishable(c));
        bool Public(string output)
        {
            if (provisional)
            {
                skipped.Add($"{output}: vintage {vintage} is provisional (obs_status P), published only combined (1-2月)");
            }

            return !provisional;
        }

        string Out(string name) => Path.Combine(request.OutDir, name);
        foreach (var format in formats)
        {
            switch (format)
            {
                case "csv":
                    OpenDataWriter.WriteCsv(cells, Out("indicators.csv"));
                    files.Add(Out("indicators.csv"));
                    break;
                case "parquet":
                    OpenDataWriter.WriteParquet(cells, Out("indicators.parquet"));
                    files.Add(Out("indicators.parquet"));
                    break;
                case "arrow":
                    OpenDataWriter.WriteArrow(cells, Out("indicators.arrow"));
                    files.Add(Out("indicators.arrow"));
                    break;
                case "sdmx":
                    OpenDataWriter.WriteSdmxCsv(cells, Out("indicators-sdmx.csv"));
                    files.Add(Out("indicators-sdmx.csv"));
                    break;
                case "xlsx":
                    foreach (var isPublic in new[] { false, true }.Where(p => !p || Public(ReturnWorkbookWriter.FileName(period, true))))
                    {
                        var path = Out(ReturnWorkbookWriter.FileName(period, isPublic));
                        ReturnWorkbookWriter.Write(cells, reference, period, path, isPublic);
                        files.Add(path);
                    }

                    break;
                case "charts" when Public("charts"):
                    files.AddRange(ChartWriter.WriteAll([.. earlier, .. cells], reference, Out("charts")));
                    break;
                case "dashboard" when Public("dashboard"):
                    files.Add(DashboardWriter.Write([.. earlier, .. cells], reference, period, Out("dashboard")));
                    break;
                case "charts" or "dashboard" or "package":
                    break;
                default:
                    throw new StatsException($"--format: unknown format '{format}'");
            }
        }

        if (formats.Contains("package", StringComparer.Ordinal) && Public("package (datapackage.json, indicators-lake/, SDMX structure)"))
        {
            var published = formats.Select(f => f switch
            {
                "csv" => new OpenDataResource("indicators.csv", OpenDataFormat.IndicatorCsv),
                "parquet" => new OpenDataResource("indicators.parquet", OpenDataFormat.IndicatorParquet),
                "arrow" => new OpenDataResource("indicators.arrow", OpenDataFormat.IndicatorArrow),
                "sdmx" => new OpenDataResource("indicators-sdmx.csv", OpenDataFormat.SdmxCsv),
                _ => null,
            }).OfType<OpenDataResource>().ToList();
            files.AddRange(OpenDataPackage.Write(request.OutDir, cells, published, vintage, period, reference).Select(Out));
        }

        return new ExportResult(vintage, period, cells.Count, cells.Count(c => !c.IsFree), files, skipped);
    }

    private static (string Vintage, IReadOnlyList<IndicatorCell> Cells, IReadOnlyList<IndicatorCell> Earlier) Load(ExportRequest request,
        DuckDBConnection connection)
    {
        try
        {
            var vintage = request.Vintage
                          ?? IndicatorCellReader.LatestVintage(connection, request.Period!.Value)
                          ?? throw new StatsException($"{request.DbPath}: expected a vintage of period {request.Period} in indicator_cells, found none (close the period first)");
            var cells = IndicatorCellReader.ReadVintage(connection, vintage);
            if (cells.Count == 0)
            {
                throw new StatsException($"{request.DbPath}: vintage '{vintage}' has no rows in indicator_cells");
            }

            var period = cells[0].Period;
            if (request.Period is { } asked && asked != period)
            {
                throw new StatsException($"--vintage {vintage}: expected a vintage of period {asked}, found one of {period}");
            }

            return (vintage, cells, IndicatorCellReader.ReadTotalsBefore(connection, period));
        }
        catch (DuckDBException e)
        {
            throw new StatsException($"{request.DbPath}: cannot read indicator_cells ({e.Message})", e);
        }
    }
}
