using System.CommandLine;
using ShanghaiAi.Stats.Cli.Commands;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Outputs;

public sealed class ExportRunnerTests : IDisposable
{
    private readonly string _dir = OutputCells.TempDir();

    public void Dispose() => OutputCells.Cleanup(_dir);

    private string Db => Path.Combine(_dir, "warehouse.duckdb");

    /// <summary>A real warehouse file with two vintages of 2026-09 (v1 older, v2 latest) and totals of 2026-08.</summary>
    private List<IndicatorCell> Seed(IEnumerable<IndicatorCell>? extra = null)
    {
        var v2 = OutputCells.Close().Select(c => c with { Vintage = "2026-09.v2" }).ToList();
        var v1 = OutputCells.Close().Where(c => c.Breakdown == "total").Select(c => c with { Vintage = "2026-09.v1", ValueYtd = 1m }).ToList();
        var aug = OutputCells.Close().Where(c => c.Breakdown == "total")
            .Select(c => c with { Vintage = "2026-08.v1", Period = new Period(2026, 8), ValueYtd = c.ValueYtd * 0.88m }).ToList();
        var warehouse = StatsWarehouse.Open(Db);
        warehouse.Write(connection =>
        {
            using var appender = connection.CreateAppender("indicator_cells");
            foreach (var c in v1.Concat(aug).Concat(v2).Concat(extra ?? []))
            {
                appender.CreateRow()
                    .AppendValue(c.Vintage).AppendValue(c.Period.FirstDay).AppendValue(c.IndicatorCode).AppendValue(c.Breakdown)
                    .AppendValue(c.BreakdownCode).AppendValue(c.Value).AppendValue(c.ValueYtd).AppendValue(c.ValueYtdPrev)
                    .AppendValue(c.YoyPct).AppendValue(c.Unit).AppendValue(c.Contributors).AppendValue(c.ObsStatus)
                    .AppendValue(c.ConfStatus).EndRow();
            }
        });
        return v2;
    }

    [Fact]
    public void Run_Period_ExportsLatestVintageInEveryFormat()
    {
        var v2 = Seed();
        var outDir = Path.Combine(_dir, "out");

        var result = ExportRunner.Run(new ExportRequest(Db, null, new Period(2026, 9), outDir, ExportRunner.AllFormats), ReferenceData.Embedded);

        result.Vintage.Should().Be("2026-09.v2");
        result.Cells.Should().Be(v2.Count);
        result.SuppressedCells.Should().Be(v2.Count(c => !c.IsFree));
        result.Files.Select(f => Path.GetRelativePath(outDir, f)).Should().StartWith(new[]
        {
            "indicators.csv", "indicators.parquet", "indicators.arrow", "indicators-sdmx.csv", "return-2026-09.xlsx", "return-2026-09-public.xlsx",
        });
        result.Files.Should().OnlyContain(f => File.Exists(f));
        var expected = Path.Combine(_dir, "expected.csv");
        OpenDataWriter.WriteCsv(v2, expected);
        File.ReadAllText(Path.Combine(outDir, "indicators.csv")).Should().Be(File.ReadAllText(expected), "cells read back from DuckDB equal those written");
        File.Exists(Path.Combine(outDir, "dashboard", "index.html")).Should().BeTrue();
        File.Exists(Path.Combine(outDir, "charts", "trend-ytd.png")).Should().BeTrue();
        result.Files.Select(f => Path.GetRelativePath(outDir, f)).Should().EndWith(new[]
        {
            "indicators-lake/period=2026-09/data_0.parquet", SdmxStructureWriter.FileName, DataPackageWriter.FileName,
        });
    }

    [Fact]
    public void Run_ProvisionalJanuary_WritesInternalReturnAndSkipsPublicOutputs()
    {
        var jan = new Period(2026, 1);
        Seed([OutputCells.Cell("revenue", "total", "_T", 1_000m, 900m, obs: "P", period: jan, vintage: "2026-01.v1")]);
        var outDir = Path.Combine(_dir, "jan");

        var result = ExportRunner.Run(new ExportRequest(Db, "2026-01.v1", null, outDir, ["csv", "xlsx", "dashboard"]), ReferenceData.Embedded);

        result.Files.Select(Path.GetFileName).Should().Equal("indicators.csv", "return-2026-01.xlsx");
        File.ReadAllLines(Path.Combine(outDir, "indicators.csv")).Should().HaveCount(1, "only the header: nothing provisional is public");
        result.Skipped.Should().Equal(
            "return-2026-01-public.xlsx: vintage 2026-01.v1 is provisional (obs_status P), published only combined (1-2月)",
            "dashboard: vintage 2026-01.v1 is provisional (obs_status P), published only combined (1-2月)");
    }

    [Fact]
    public void Command_VintageAndFormat_WritesOnlyThoseFiles()
    {
        Seed();
        var outDir = Path.Combine(_dir, "cmd");
        var root = new RootCommand { ExportCommand.Create() };

        var exit = root.Parse(["export", "--db", Db, "--vintage", "2026-09.v1", "--out", outDir, "--format", "csv,sdmx"]).Invoke();

        exit.Should().Be(0);
        Directory.GetFiles(outDir).Select(Path.GetFileName).Should().BeEquivalentTo("indicators.csv", "indicators-sdmx.csv");
        File.ReadAllLines(Path.Combine(outDir, "indicators.csv"))[1].Should().Be("2026-09.v1,2026-09,revenue,total,_T,1234567,1,9876543,11.2,千元,A,F");
    }

    [Fact]
    public void Command_UnknownVintageOrFormat_ExitsTwo()
    {
        Seed();
        var root = new RootCommand { ExportCommand.Create() };

        root.Parse(["export", "--db", Db, "--vintage", "2030-01.v1", "--out", _dir]).Invoke().Should().Be(CliErrors.BadInput);
        root.Parse(["export", "--db", Db, "--period", "2026-09", "--out", _dir, "--format", "pdf"]).Invoke().Should().Be(CliErrors.BadInput);
        var act = () => ExportRunner.ParseFormats("csv,pdf");
        act.Should().Throw<StatsException>().WithMessage("--format: expected a comma-separated list of csv, parquet, arrow, sdmx, xlsx, charts, dashboard, package, found 'pdf'");
        var missing = () => ExportRunner.Run(new ExportRequest(Db, null, new Period(2026, 7), _dir, ["csv"]), ReferenceData.Embedded);
        missing.Should().Throw<StatsException>().WithMessage("*expected a vintage of period 2026-07 in indicator_cells, found none*");
    }
}
