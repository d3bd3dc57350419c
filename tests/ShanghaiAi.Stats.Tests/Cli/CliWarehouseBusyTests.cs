using DuckDB.NET.Data;
using ShanghaiAi.Stats.Tests.Cli.Support;

namespace ShanghaiAi.Stats.Tests.Cli;

/// <summary>A warehouse another process holds: the CLI waits, saying so, up to <c>--wait</c>, then exits 2 having
/// changed nothing; several ingest processes on one warehouse all load, one after the other.</summary>
public sealed class CliWarehouseBusyTests
{
    /// <summary>This test process holds the DuckDB file lock while the connection is open.</summary>
    private static DuckDBConnection Hold(string db)
    {
        var c = new DuckDBConnection($"Data Source={db}");
        c.Open();
        return c;
    }

    [Fact]
    public void Ingest_WarehouseHeldBeyondWait_WaitsVisiblyThenExitsTwoWithNoOrphanArchive()
    {
        using var f = new CliFolder();
        f.LoadRegister();
        var archived = WarehouseFiles.Archived(f.Dir).Count;
        var file = f.Monthly("m.csv", "2026-09");
        CliResult r;
        using (Hold(f.Db))
        {
            r = f.Run("ingest", "--kind", "monthly-report", file, "--wait", "2");
        }

        r.Exit.Should().Be(2, r.ToString());
        r.HasStackTrace.Should().BeFalse(r.ToString());
        r.Out.Should().Contain("waiting for the warehouse").And.Contain("is busy").And.Contain("nothing was changed");
        r.Elapsed.Should().BeGreaterThan(TimeSpan.FromSeconds(2)).And.BeLessThan(TimeSpan.FromSeconds(60));
        WarehouseFiles.Archived(f.Dir).Should().HaveCount(archived, "an upload that could not get the warehouse archives nothing");
        WarehouseFiles.Count(f.Db, "SELECT count(*) FROM uploads WHERE kind = 'monthly-report'").Should().Be(0);
    }

    [Fact]
    public void Ingest_WarehouseReleasedWhileWaiting_Loads()
    {
        using var f = new CliFolder();
        f.LoadRegister();
        var file = f.Monthly("m.csv", "2026-09");
        CliProcess p;
        using (Hold(f.Db))
        {
            p = CliProcess.Start(f.Dir, null, "ingest", "--kind", "monthly-report", file, "--wait", "120");
            Thread.Sleep(TimeSpan.FromSeconds(4));
        }

        using (p)
        {
            var r = p.Wait();
            r.Exit.Should().Be(0, r.ToString());
            r.Out.Should().Contain("waiting for the warehouse").And.Contain("accepted 6, rejected 0, duplicates 0, rows 6");
        }
    }

    [Fact]
    public void Warnings_WarehouseHeldBeyondWait_ExitsTwoInOneLine()
    {
        using var f = new CliFolder();
        f.LoadRegister();
        CliResult r;
        using (Hold(f.Db))
        {
            r = f.Run("warnings", "--wait", "1");
        }

        r.Exit.Should().Be(2, r.ToString());
        r.HasStackTrace.Should().BeFalse(r.ToString());
        r.Out.Should().Contain("is busy");
    }

    [Fact]
    public void Ingest_FiveProcessesOnOneWarehouse_AllLoadOneAfterTheOther()
    {
        using var f = new CliFolder();
        f.LoadRegister();
        string[] periods = ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09"];
        var files = periods.Select(p => f.Monthly($"m-{p}.csv", p)).ToList();
        var running = files.Select(m => CliProcess.Start(f.Dir, null, "ingest", "--kind", "monthly-report", m, "--wait", "300")).ToList();
        var results = running.Select(p => p.Wait(400_000)).ToList();
        running.ForEach(p => p.Dispose());

        results.Should().AllSatisfy(r =>
        {
            r.Exit.Should().Be(0, r.ToString());
            r.HasStackTrace.Should().BeFalse(r.ToString());
            r.Out.Should().Contain("accepted 6, rejected 0, duplicates 0, rows 6");
        });
        WarehouseFiles.Count(f.Db, "SELECT count(*) FROM uploads WHERE status = 'loaded'").Should().Be(6);
        WarehouseFiles.Count(f.Db, "SELECT count(*) FROM reports").Should().Be(30);
        WarehouseFiles.Count(f.Db, "SELECT count(DISTINCT period) FROM reports").Should().Be(5);
        WarehouseFiles.Archived(f.Dir).Should().HaveCount(6, "one archived file per upload, none orphaned");
    }
}
