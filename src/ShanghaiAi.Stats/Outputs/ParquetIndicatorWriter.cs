using DuckDB.NET.Data;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>The indicator table as Parquet, copied by DuckDB from the CSV with explicit column types.</summary>
public static class ParquetIndicatorWriter
{
    /// <summary>DuckDB types of the CSV columns: money DECIMAL(38,4), yoy_pct and change_pp DECIMAL(38,1).</summary>
    internal static string CsvColumnTypes(bool isPublic)
        => "{" + string.Join(", ", (isPublic ? OpenDataWriter.PublicColumns : OpenDataWriter.InternalColumns).Select(c => $"'{c}': '{c switch
        {
            "value" or "value_ytd" or "value_ytd_prev" => "DECIMAL(38,4)",
            "yoy_pct" or "change_pp" => "DECIMAL(38,1)",
            "contributors" => "INTEGER",
            _ => "VARCHAR",
        }}'")) + "}";

    /// <summary>
    /// Writes the indicator table as Parquet through DuckDB: the CSV of <see cref="OpenDataWriter.WriteCsv"/> is read back with explicit
    /// column types and copied with <c>COPY ... (FORMAT parquet)</c>, so the Parquet file holds exactly the CSV's rows.
    /// </summary>
    public static void Write(IReadOnlyList<IndicatorCell> cells, string path, bool isPublic = true)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Guard.NotEmpty(path);
        var csv = Path.Combine(Path.GetTempPath(), $"aistats-indicators-{Guid.NewGuid():N}.csv");
        try
        {
            OpenDataWriter.WriteCsv(cells, csv, isPublic);
            CsvToParquet(csv, path, isPublic);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    /// <summary>Copies an indicator-table CSV (as written by <see cref="OpenDataWriter.WriteCsv"/>) to a Parquet file.</summary>
    public static void CsvToParquet(string csvPath, string parquetPath, bool isPublic = true)
    {
        var full = Path.GetFullPath(parquetPath);
        var dir = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        CopyCsvToParquet(csvPath, full, isPublic, string.Empty);
    }

    /// <summary>
    /// The one CSV-to-Parquet copy of the open data: reads an indicator-table CSV with explicit column types and copies it
    /// to <paramref name="target"/> with <c>COPY ... (FORMAT parquet{copyOptions})</c> (the lake adds its partitioning).
    /// </summary>
    internal static void CopyCsvToParquet(string csvPath, string target, bool isPublic, string copyOptions)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"""
            COPY (SELECT * FROM read_csv({Sql.Quote(Path.GetFullPath(csvPath))}, header = true, delim = ',', quote = '"', escape = '"',
                                        columns = {CsvColumnTypes(isPublic)}))
            TO {Sql.Quote(target)} (FORMAT parquet{copyOptions})
            """;
        cmd.ExecuteNonQuery();
    }
}
