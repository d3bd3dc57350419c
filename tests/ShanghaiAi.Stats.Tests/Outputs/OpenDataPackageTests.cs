using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using DuckDB.NET.Data;
using Json.Schema;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Tests.Outputs;

/// <summary>The open data package of a release read back: datapackage.json against the Frictionless essentials, every
/// resource against its file.</summary>
public sealed class OpenDataPackageTests : IDisposable
{
    private readonly string _dir = OutputCells.TempDir();

    public void Dispose() => OutputCells.Cleanup(_dir);

    private static readonly JsonSchema Essentials = JsonSchema.FromText(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Outputs", "Data", "datapackage-essentials.schema.json")));

    [Fact]
    public void Write_Release_DescriptorValidatesAgainstTheFrictionlessEssentials()
    {
        var descriptor = Release();

        var result = Essentials.Evaluate(JsonDocument.Parse(descriptor.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        result.IsValid.Should().BeTrue(string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        descriptor["version"]!.GetValue<string>().Should().Be(OutputCells.Vintage);
        descriptor["period"]!.GetValue<string>().Should().Be("2026-09");
        descriptor["indicators"]!.AsArray().Select(i => $"{i!["code"]}:{i["unit_zh"]}").Should()
            .Contain(["revenue:千元", "employees:人", "ai_revenue_share:%"]);
    }

    [Fact]
    public void Write_BrokenDescriptor_FailsTheEssentials()
    {
        var descriptor = Release();
        descriptor["resources"]!.AsArray()[0]!.AsObject().Remove("path");
        descriptor["resources"]!.AsArray()[1]!["schema"]!["fields"]!.AsArray()[0]!["type"] = "decimal";

        Essentials.Evaluate(JsonDocument.Parse(descriptor.ToJsonString()).RootElement).IsValid.Should().BeFalse();
    }

    [Fact]
    public void Write_Release_EveryResourceMatchesItsFile()
    {
        var descriptor = Release();
        var resources = descriptor["resources"]!.AsArray().Select(r => r!.AsObject()).ToDictionary(r => r["name"]!.GetValue<string>());

        resources.Keys.Should().BeEquivalentTo("indicators-public-csv", "indicators-public-parquet", "indicators-public-arrow", "indicators-sdmx",
            "indicators-lake", "indicators-sdmx-dsd");
        foreach (var r in resources.Values.Where(r => r["path"] is JsonValue))
        {
            var bytes = File.ReadAllBytes(Path.Combine(_dir, r["path"]!.GetValue<string>()));
            r["bytes"]!.GetValue<long>().Should().Be(bytes.LongLength);
            r["hash"]!.GetValue<string>().Should().Be("sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }

        Fields(resources["indicators-public-csv"]).Should().EndWith("change_pp", "the optional last column is described");
        Fields(resources["indicators-public-csv"]).Should().Equal(File.ReadLines(Path.Combine(_dir, "indicators-public.csv")).First().Split(','));
        Fields(resources["indicators-sdmx"]).Should().Equal(File.ReadLines(Path.Combine(_dir, "indicators-sdmx.csv")).First().Split(','));
        Fields(resources["indicators-public-parquet"]).Should().Equal(ParquetColumns("indicators-public.parquet"));
        var lakeFiles = resources["indicators-lake"]["path"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        lakeFiles.Should().Equal("indicators-lake/period=2026-09/data_0.parquet");
        Fields(resources["indicators-lake"]).Should().BeEquivalentTo(ParquetColumns(lakeFiles[0]).Append("period"), "the period comes from the folder");
        resources["indicators-public-csv"]["schema"]!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "period")!["type"]!
            .GetValue<string>().Should().Be("yearmonth");
    }

    private JsonObject Release()
    {
        var cells = OutputCells.Close();
        OpenDataWriter.WriteCsv(cells, Path.Combine(_dir, "indicators-public.csv"));
        ParquetIndicatorWriter.Write(cells, Path.Combine(_dir, "indicators-public.parquet"));
        ArrowIndicatorWriter.Write(cells, Path.Combine(_dir, "indicators-public.arrow"));
        OpenDataWriter.WriteSdmxCsv(cells, Path.Combine(_dir, "indicators-sdmx.csv"));
        var files = OpenDataPackage.Write(_dir, cells,
            [
                new("indicators-public.csv", OpenDataFormat.IndicatorCsv), new("indicators-public.parquet", OpenDataFormat.IndicatorParquet),
                new("indicators-public.arrow", OpenDataFormat.IndicatorArrow), new("indicators-sdmx.csv", OpenDataFormat.SdmxCsv),
                new("missing.csv", OpenDataFormat.IndicatorCsv),
            ],
            OutputCells.Vintage, OutputCells.Sep2026, ReferenceData.Embedded);
        files.Should().Equal("indicators-lake/period=2026-09/data_0.parquet", SdmxStructureWriter.FileName, DataPackageWriter.FileName);
        return JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, DataPackageWriter.FileName)))!.AsObject();
    }

    private static List<string> Fields(JsonObject resource)
        => resource["schema"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).ToList();

    private List<string> ParquetColumns(string relative)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT name FROM parquet_schema('{Path.Combine(_dir, relative).Replace('\\', '/')}') WHERE name <> 'duckdb_schema'";
        using var reader = cmd.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
