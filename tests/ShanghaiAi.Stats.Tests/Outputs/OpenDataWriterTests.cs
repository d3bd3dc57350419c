using System.Globalization;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Outputs;

public sealed class OpenDataWriterTests : IDisposable
{
    private readonly string _dir = OutputCells.TempDir();

    public void Dispose() => OutputCells.Cleanup(_dir);

    [Fact]
    public void WriteSdmxCsv_Cells_HeaderAndRowsExact()
    {
        var path = Path.Combine(_dir, "sdmx.csv");
        OpenDataWriter.WriteSdmxCsv(OutputCells.Close(), path);

        var lines = File.ReadAllLines(path);
        lines[0].Should().Be("DATAFLOW,FREQ,INDICATOR,BREAKDOWN,BREAKDOWN_CODE,MEASURE,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,CONF_STATUS,VINTAGE");
        lines[1..5].Should().Equal(
            "SHSTATS:DF_AI1(1.0),M,revenue,total,_T,M,2026-09,1234567,千元,A,F,2026-09.v1",
            "SHSTATS:DF_AI1(1.0),M,revenue,total,_T,YTD,2026-09,10987654,千元,A,F,2026-09.v1",
            "SHSTATS:DF_AI1(1.0),M,revenue,total,_T,YTD_PREV,2026-09,9876543,千元,A,F,2026-09.v1",
            "SHSTATS:DF_AI1(1.0),M,revenue,total,_T,YOY_PCT,2026-09,11.2,%,A,F,2026-09.v1");
        lines.Should().Contain("SHSTATS:DF_AI1(1.0),M,revenue,district,310151,YTD,2026-09,,千元,A,A,2026-09.v1");
        // the share 39.3% against 36.4% a year ago: +2.9 points, a CHANGE_PP observation; a flow has none.
        lines.Should().Contain("SHSTATS:DF_AI1(1.0),M,ai_revenue_share,total,_T,CHANGE_PP,2026-09,2.9,百分点,A,F,2026-09.v1");
        lines.Where(l => l.Contains(",CHANGE_PP,", StringComparison.Ordinal)).Select(l => l.Split(',')[2]).Distinct().Should().Equal("ai_revenue_share");
        // enterprises_in_scope has only the period value (no YTD, last-year value or yoy): the others are omitted, not blank.
        lines.Where(l => l.Contains(",enterprises_in_scope,", StringComparison.Ordinal)).Select(l => l.Split(',')[5]).Should().Equal("M");
        var text = File.ReadAllText(path);
        foreach (var secret in OutputCells.SecretTexts(OutputCells.Close()))
        {
            text.Contains("," + secret + ",", StringComparison.Ordinal).Should().BeFalse(secret);
        }
    }

    [Fact]
    public void WriteCsv_Public_DropsContributorsAndBlanksSuppressed()
    {
        var path = Path.Combine(_dir, "indicators.csv");
        OpenDataWriter.WriteCsv(OutputCells.Close(), path);

        var lines = File.ReadAllLines(path);
        lines[0].Should().Be("vintage,period,indicator_code,breakdown,breakdown_code,value,value_ytd,value_ytd_prev,yoy_pct,unit,obs_status,conf_status,change_pp");
        lines[1].Should().Be("2026-09.v1,2026-09,revenue,total,_T,1234567,10987654,9876543,11.2,千元,A,F,");
        lines[3].Should().Be("2026-09.v1,2026-09,profit,total,_T,85048.06,765432.5,700000,9.3,千元,A,F,");
        lines.Should().Contain("2026-09.v1,2026-09,revenue,district,310151,,,,,千元,A,A,");
        // 39.3% against 36.4%: change_pp 2.9 points, yoy_pct stays empty for the share.
        lines.Should().Contain("2026-09.v1,2026-09,ai_revenue_share,total,_T,39.3,39.3,36.4,,%,A,F,2.9");
    }

    [Fact]
    public void WriteAll_ProvisionalCells_NeverInPublicFiles()
    {
        var jan = new Stats.Common.Period(2026, 1);
        var cells = OutputCells.Close();
        cells.Add(OutputCells.Cell("revenue", "total", "_T", 1_313_131m, 1_200_000m, obs: "P", period: jan, vintage: "2026-01.v1"));
        var csv = Path.Combine(_dir, "p.csv");
        var sdmx = Path.Combine(_dir, "p-sdmx.csv");
        var arrow = Path.Combine(_dir, "p.arrow");
        OpenDataWriter.WriteCsv(cells, csv);
        OpenDataWriter.WriteSdmxCsv(cells, sdmx);
        ArrowIndicatorWriter.Write(cells, arrow);

        File.ReadAllText(csv).Should().NotContain("2026-01").And.NotContain("1313131");
        File.ReadAllText(sdmx).Should().NotContain("2026-01").And.NotContain("1313131");
        ReadArrow(arrow, out _).Should().HaveCount(cells.Count - 1);
        File.ReadAllLines(csv).Should().HaveCount(cells.Count, "header + every cell but the provisional one");
        var internalCsv = Path.Combine(_dir, "p-internal.csv");
        OpenDataWriter.WriteCsv(cells, internalCsv, isPublic: false);
        File.ReadAllText(internalCsv).Should().Contain("2026-01.v1,2026-01,revenue,total,_T,1313131,1313131,1200000,9.4,千元,25,P,F,\n");
    }

    [Fact]
    public void WriteCsv_Internal_KeepsContributorsAndValues()
    {
        var path = Path.Combine(_dir, "indicators-internal.csv");
        OpenDataWriter.WriteCsv(OutputCells.Close(), path, isPublic: false);

        var lines = File.ReadAllLines(path);
        lines[0].Should().Be("vintage,period,indicator_code,breakdown,breakdown_code,value,value_ytd,value_ytd_prev,yoy_pct,unit,contributors,obs_status,conf_status,change_pp");
        lines.Should().Contain("2026-09.v1,2026-09,revenue,district,310151,864.2,7777.77,6999.993,11.1,千元,2,A,A,");
        lines.Should().Contain("2026-09.v1,2026-09,ai_revenue_share,total,_T,39.3,39.3,36.4,,%,812,A,F,2.9");
    }

    [Fact]
    public void WriteArrow_Public_ReadBackEqualsPublicCells()
    {
        var cells = OutputCells.Close();
        var path = Path.Combine(_dir, "indicators.arrow");
        ArrowIndicatorWriter.Write(cells, path);

        var back = ReadArrow(path, out var hasContributors);
        hasContributors.Should().BeFalse();
        back.Should().Equal(PublicCell.Of(cells).Select(c => c with { Contributors = 0 }));
        back.Single(c => c.BreakdownCode == "310151" && c.IndicatorCode == "revenue").ValueYtd.Should().BeNull();
        ReadChangePp(path).Should().Equal(PublicCell.Of(cells).Select(c => c.ChangePp));
        ReadChangePp(path).OfType<decimal>().Should().Equal(2.9m);
    }

    [Fact]
    public void WriteArrow_Internal_ReadBackEqualsCells()
    {
        var cells = OutputCells.Close();
        var path = Path.Combine(_dir, "indicators-internal.arrow");
        ArrowIndicatorWriter.Write(cells, path, isPublic: false);

        ReadArrow(path, out var hasContributors).Should().Equal(cells);
        hasContributors.Should().BeTrue();
        ReadChangePp(path).Should().Equal(cells.Select(c => c.ChangePp));
    }

    [Fact]
    public void WriteParquet_Public_ReadBackWithDuckDbEqualsTheCsv()
    {
        var cells = OutputCells.Close();
        var csv = Path.Combine(_dir, "indicators.csv");
        var parquet = Path.Combine(_dir, "indicators.parquet");
        OpenDataWriter.WriteCsv(cells, csv);
        ParquetIndicatorWriter.Write(cells, parquet);

        var expected = CsvText.Parse(File.ReadAllText(csv)).Skip(1).Select(r => string.Join('|', r)).ToList();
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT * FROM read_parquet('{parquet.Replace("'", "''", StringComparison.Ordinal)}')";
        using var reader = cmd.ExecuteReader();
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        names.Should().Equal(OpenDataWriter.PublicColumns);
        reader.GetDataTypeName(names.IndexOf("value_ytd")).Should().Be("Decimal");
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? string.Empty
                : reader.GetValue(i) switch
                {
                    decimal d when names[i] is "yoy_pct" or "change_pp" => d.ToString("0.0", CultureInfo.InvariantCulture),
                    decimal d => d.ToString("0.############", CultureInfo.InvariantCulture),
                    var v => Convert.ToString(v, CultureInfo.InvariantCulture)!,
                })));
        }

        rows.Should().Equal(expected);
        rows.Should().HaveCount(cells.Count);
        names[^1].Should().Be("change_pp");
        rows.Should().Contain(r => r.StartsWith("2026-09.v1|2026-09|ai_revenue_share|total|_T|", StringComparison.Ordinal) && r.EndsWith("|2.9", StringComparison.Ordinal));
    }

    private static List<decimal?> ReadChangePp(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new ArrowFileReader(stream);
        var batch = reader.ReadNextRecordBatch();
        var type = (Apache.Arrow.Types.Decimal128Type)batch.Schema.GetFieldByName("change_pp").DataType;
        (type.Precision, type.Scale).Should().Be((38, 1));
        batch.Schema.FieldsList[^1].Name.Should().Be("change_pp", "the optional last column");
        var column = (Decimal128Array)batch.Column(batch.Schema.GetFieldIndex("change_pp"));
        return Enumerable.Range(0, batch.Length).Select(column.GetValue).ToList();
    }

    private static List<IndicatorCell> ReadArrow(string path, out bool hasContributors)
    {
        using var stream = File.OpenRead(path);
        using var reader = new ArrowFileReader(stream);
        var batch = reader.ReadNextRecordBatch();
        reader.ReadNextRecordBatch().Should().BeNull("one batch");
        var schema = batch.Schema;
        string S(string name, int i) => ((StringArray)batch.Column(schema.GetFieldIndex(name))).GetString(i);
        decimal? D(string name, int i) => ((Decimal128Array)batch.Column(schema.GetFieldIndex(name))).GetValue(i);
        var type = (Apache.Arrow.Types.Decimal128Type)schema.GetFieldByName("value_ytd").DataType;
        (type.Precision, type.Scale).Should().Be((38, 4));
        hasContributors = schema.GetFieldIndex("contributors") >= 0;
        var contributors = hasContributors ? (Int32Array)batch.Column(schema.GetFieldIndex("contributors")) : null;
        return Enumerable.Range(0, batch.Length).Select(i => new IndicatorCell(
            S("vintage", i), Period.Parse(S("period", i)), S("indicator_code", i), S("breakdown", i), S("breakdown_code", i),
            D("value", i), D("value_ytd", i), D("value_ytd_prev", i), D("yoy_pct", i), S("unit", i),
            contributors?.GetValue(i) ?? 0, S("obs_status", i), S("conf_status", i))).ToList();
    }
}
