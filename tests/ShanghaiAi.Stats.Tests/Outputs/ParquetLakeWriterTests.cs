using System.Globalization;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Outputs;

namespace ShanghaiAi.Stats.Tests.Outputs;

public sealed class ParquetLakeWriterTests : IDisposable
{
    private readonly string _dir = OutputCells.TempDir();

    public void Dispose() => OutputCells.Cleanup(_dir);

    private static readonly Period Aug2026 = new(2026, 8);

    [Fact]
    public void Write_TwoPeriods_DuckDbReadsThemBackWithHivePartitioning()
    {
        var sep = OutputCells.Close();
        var aug = sep.Select(c => c with { Period = Aug2026, Vintage = "2026-08.v1" }).ToList();

        var files = ParquetLakeWriter.Write([.. aug, .. sep], _dir);

        files.Should().Equal("indicators-lake/period=2026-08/data_0.parquet", "indicators-lake/period=2026-09/data_0.parquet");
        var rows = Query($"""
            SELECT period::VARCHAR, count(*), sum(value_ytd), count(value_ytd), typeof(any_value(value_ytd))
            FROM read_parquet('{Lake()}/*/*.parquet', hive_partitioning = true) GROUP BY 1 ORDER BY 1
            """);
        var freeSum = sep.Where(c => c.IsFree).Sum(c => c.ValueYtd ?? 0m);
        var freeWithYtd = sep.Count(c => c.IsFree && c.ValueYtd is not null);
        rows.Should().Equal(
            string.Create(CultureInfo.InvariantCulture, $"2026-08|{sep.Count}|{freeSum:0.####}|{freeWithYtd}|DECIMAL(24,4)"),
            string.Create(CultureInfo.InvariantCulture, $"2026-09|{sep.Count}|{freeSum:0.####}|{freeWithYtd}|DECIMAL(24,4)"));
    }

    [Fact]
    public void Write_PeriodAgain_ReplacesOnlyThatPartition()
    {
        var sep = OutputCells.Close();
        var aug = sep.Select(c => c with { Period = Aug2026, Vintage = "2026-08.v1" }).ToList();
        ParquetLakeWriter.Write([.. aug, .. sep], _dir);

        var revised = sep.Where(c => c.Breakdown == "total").Select(c => c with { Vintage = "2026-09.v2" }).ToList();
        ParquetLakeWriter.Write(revised, _dir);

        Query($"""
            SELECT period::VARCHAR, string_agg(DISTINCT vintage, ';'), count(*)
            FROM read_parquet('{Lake()}/*/*.parquet', hive_partitioning = true) GROUP BY 1 ORDER BY 1
            """).Should().Equal($"2026-08|2026-08.v1|{aug.Count}", $"2026-09|2026-09.v2|{revised.Count}");
    }

    [Fact]
    public void Write_SuppressedAndProvisionalCells_NeitherValuesNorRowsLeak()
    {
        var jan = new Period(2026, 1);
        var cells = OutputCells.Close();
        cells.Add(OutputCells.Cell("revenue", "total", "_T", 1_313_131m, 1_200_000m, obs: "P", period: jan, vintage: "2026-01.v1"));

        ParquetLakeWriter.Write(cells, _dir);

        Directory.Exists(Path.Combine(Lake(), "period=2026-01")).Should().BeFalse("a provisional month is never published");
        Query($"""
            SELECT count(*) FROM read_parquet('{Lake()}/*/*.parquet', hive_partitioning = true)
            WHERE conf_status <> 'F' AND (value IS NOT NULL OR value_ytd IS NOT NULL OR value_ytd_prev IS NOT NULL OR yoy_pct IS NOT NULL)
            """).Should().Equal(new[] { "0" }, "suppressed cells keep their rows with blank values");
        Query($"SELECT count(*) FROM parquet_schema('{Lake()}/*/*.parquet') WHERE name IN ('contributors', 'period')")
            .Should().Equal(new[] { "0" }, "files hold no contributors, and the period only in the folder name");
    }

    private string Lake() => Path.Combine(_dir, ParquetLakeWriter.DirectoryName).Replace('\\', '/');

    private static List<string> Query(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount)
                .Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}
