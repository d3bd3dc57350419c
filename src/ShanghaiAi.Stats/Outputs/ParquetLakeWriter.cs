using System.Globalization;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// The public indicator table as a period-partitioned Parquet lake: <c>indicators-lake/period=YYYY-MM/data_0.parquet</c>,
/// one folder per period (hive partitioning; the period lives in the folder name, not in the files). DuckDB reads it
/// back with <c>read_parquet('indicators-lake/*/*.parquet', hive_partitioning = true)</c>. Writing a period replaces
/// that period's folder and leaves the others: releases add to the lake month after month.
/// </summary>
public static class ParquetLakeWriter
{
    /// <summary>The lake's folder under an output folder.</summary>
    public const string DirectoryName = "indicators-lake";

    /// <summary>Writes the public view of <paramref name="cells"/> (provisional dropped, suppressed blank), one partition
    /// per period; returns the partition files written, relative to <paramref name="outDir"/>, '/'-separated.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<IndicatorCell> cells, string outDir)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Guard.NotEmpty(outDir);
        var lake = Path.Combine(Path.GetFullPath(outDir), DirectoryName);
        var published = PublicCell.Of(cells);
        if (published.Count == 0)
        {
            return Files(outDir);
        }

        foreach (var period in published.Select(c => c.Period).Distinct())
        {
            var partition = Path.Combine(lake, PartitionName(period));
            if (Directory.Exists(partition))
            {
                Directory.Delete(partition, recursive: true);
            }
        }

        Directory.CreateDirectory(lake);
        var csv = Path.Combine(Path.GetTempPath(), $"aistats-lake-{Guid.NewGuid():N}.csv");
        try
        {
            IndicatorTableWriter.WriteCsv(published, csv, isPublic: true);
            ParquetIndicatorWriter.CopyCsvToParquet(csv, lake, isPublic: true, ", PARTITION_BY (period), OVERWRITE_OR_IGNORE true");
        }
        finally
        {
            File.Delete(csv);
        }

        return Files(outDir);
    }

    /// <summary>Every partition file of the lake under <paramref name="outDir"/>, relative, '/'-separated, sorted.</summary>
    public static IReadOnlyList<string> Files(string outDir)
    {
        var lake = Path.Combine(outDir, DirectoryName);
        return Directory.Exists(lake)
            ? Directory.EnumerateFiles(lake, "*.parquet", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(outDir, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
    }

    /// <summary>The folder name of one period's partition: <c>period=YYYY-MM</c>.</summary>
    public static string PartitionName(Period period) => string.Create(CultureInfo.InvariantCulture, $"period={period}");
}
