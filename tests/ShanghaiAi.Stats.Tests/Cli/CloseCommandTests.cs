using ShanghaiAi.Stats.Cli.Commands;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Tests.Close.Support;
using ShanghaiAi.Stats.Tests.Outputs;
using ShanghaiAi.Stats.Warehouse;

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
        // The close releases every output of the vintage into public/ and internal/.
        new[] { "internal/indicators.csv", "internal/indicators.parquet", "internal/revisions.csv", "internal/close-summary.json",
                "internal/review-queue.csv", "internal/return-2026-09.xlsx" }
            .Should().OnlyContain(f => File.Exists(Path.Combine(outDir, f)));
        new[] { "public/indicators-public.csv", "public/indicators-public.parquet", "public/park-scores.csv", "public/return-2026-09-public.xlsx",
                "public/dashboard/index.html", "public/indicators-sdmx.csv", "public/indicators-public.arrow", "public/charts/trend-ytd.png" }
            .Should().OnlyContain(f => File.Exists(Path.Combine(outDir, f)));
        Directory.EnumerateFileSystemEntries(outDir).Select(Path.GetFileName).Should().BeEquivalentTo("public", "internal");
        VintageStore.All(_db.Warehouse).Should().ContainSingle().Which.IsReleased.Should().BeTrue();

        var again = CloseCommand.Create().Parse(["--period", "2026-09", "--db", _db.Warehouse.Path, "--out", _db.Out("v1"), "--vintage", "2026-09.v1"]).Invoke();
        again.Should().Be(0);
        VintageStore.All(_db.Warehouse).Should().ContainSingle("--vintage releases again, it does not close again");
        ReleaseFiles.ShouldBeSameAs(_db.Out("v1"), outDir);
    }

    [Fact]
    public void Invoke_CloseExportParksDemoEntryPoints_ByteIdenticalRelease()
    {
        foreach (var u in new[] { "A", "B", "C", "D" })
        {
            _db.Enterprise(u, park: "SHAIP01").Report(u, "2026-08", 100m).Report(u, "2026-09", 150m);
        }

        var db = _db.Warehouse.Path;
        CloseCommand.Create().Parse(["--period", "2026-09", "--db", db, "--out", _db.Out("close")]).Invoke().Should().Be(0);
        ExportCommand.Create().Parse(["--db", db, "--period", "2026-09", "--out", _db.Out("export")]).Invoke().Should().Be(0);
        ExportCommand.Create().Parse(["--db", db, "--vintage", "2026-09.v1", "--out", _db.Out("export-v1")]).Invoke().Should().Be(0);
        ParksCommand.Create().Parse(["--db", db, "--period", "2026-09", "--out", _db.Out("parks")]).Invoke().Should().Be(0);

        ReleaseFiles.Read(_db.Out("close")).Keys.Should().Contain(["public/park-scores.csv", "internal/return-2026-09.xlsx", "public/dashboard/data.json"]);
        foreach (var other in new[] { "export", "export-v1", "parks" })
        {
            ReleaseFiles.ShouldBeSameAs(_db.Out(other), _db.Out("close"));
        }

        VintageStore.All(_db.Warehouse).Should().ContainSingle();
    }

    [Fact]
    public void Invoke_PeriodWithoutReports_RefusesExit2AndStoresNothing()
    {
        _db.Enterprise("A").Report("A", "2026-09", 100m);

        CloseCommand.Create().Parse(["--period", "2030-01", "--db", _db.Warehouse.Path, "--out", _db.Out("empty")]).Invoke().Should().Be(2);

        VintageStore.All(_db.Warehouse).Should().BeEmpty("a refused close stores no vintage");
        Directory.Exists(_db.Out("empty")).Should().BeFalse("nothing is released");
    }

    [Fact]
    public void Invoke_BadPeriod_ExitCode2()
    {
        CloseCommand.Create().Parse(["--period", "2026-13", "--db", _db.Warehouse.Path]).Invoke().Should().Be(2);
        CloseCommand.Create().Parse(["--period", "2026-09", "--db", _db.Out("missing.duckdb")]).Invoke().Should().Be(2);
    }
}
