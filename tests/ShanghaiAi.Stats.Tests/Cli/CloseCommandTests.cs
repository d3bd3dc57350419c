using ShanghaiAi.Stats.Cli.Commands;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Tests.Close.Support;

namespace ShanghaiAi.Stats.Tests.Cli;

public sealed class CloseCommandTests : IDisposable
{
    private readonly CloseDb _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Invoke_PeriodDbOut_NewVintageAndFiles()
    {
        foreach (var u in new[] { "A", "B", "C" })
        {
            _db.Enterprise(u).Report(u, "2026-08", 100m).Report(u, "2026-09", 150m);
        }

        var outDir = _db.Out("cli");
        var code = CloseCommand.Create().Parse(["--period", "2026-09", "--db", _db.Warehouse.Path, "--out", outDir]).Invoke();

        code.Should().Be(0);
        new[] { "indicators.csv", "indicators-public.csv", "indicators.parquet", "indicators-public.parquet", "revisions.csv", "close-summary.json" }
            .Should().OnlyContain(f => File.Exists(Path.Combine(outDir, f)));
        // The close releases every output of the vintage: park index, returns, charts, dashboard, open data.
        new[] { "park-scores.csv", "return-2026-09.xlsx", "return-2026-09-public.xlsx", "dashboard/index.html", "indicators-sdmx.csv",
                "indicators-public.arrow", "charts/trend-ytd.png" }
            .Should().OnlyContain(f => File.Exists(Path.Combine(outDir, f)));
        IndicatorCellStore.Vintages(_db.Warehouse).Should().ContainSingle().Which.VintageId.Should().Be("2026-09.v1");

        var again = CloseCommand.Create().Parse(["--period", "2026-09", "--db", _db.Warehouse.Path, "--out", _db.Out("v1"), "--vintage", "2026-09.v1"]).Invoke();
        again.Should().Be(0);
        IndicatorCellStore.Vintages(_db.Warehouse).Should().ContainSingle("--vintage reads, it does not close again");
        File.ReadAllText(Path.Combine(_db.Out("v1"), "indicators.csv")).Should().Be(File.ReadAllText(Path.Combine(outDir, "indicators.csv")));
    }

    [Fact]
    public void Invoke_BadPeriod_ExitCode2()
    {
        CloseCommand.Create().Parse(["--period", "2026-13", "--db", _db.Warehouse.Path]).Invoke().Should().Be(2);
        CloseCommand.Create().Parse(["--period", "2026-09", "--db", _db.Out("missing.duckdb")]).Invoke().Should().Be(2);
    }
}
