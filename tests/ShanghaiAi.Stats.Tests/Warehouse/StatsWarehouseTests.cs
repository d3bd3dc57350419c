using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Warehouse;

public sealed class StatsWarehouseTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "aistats-warehouse-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static long WalBytes(string path) => File.Exists(path + ".wal") ? new FileInfo(path + ".wal").Length : 0;

    [Fact]
    public void KeepOpen_WritesBetweenHeldSteps_StayInTheLogUntilCheckpoint()
    {
        var path = Path.Combine(_dir, "w.duckdb");
        var w = StatsWarehouse.Open(path);
        using (w.KeepOpen())
        {
            w.Write(c => Sql.Exec(c, "CREATE TABLE t AS SELECT range AS x FROM range(1000)"));

            // Held open, the write's connection closing does not close the database: the write is still in the log.
            WalBytes(path).Should().BeGreaterThan(0);
            w.Scalar<long>("SELECT CAST(sum(x) AS BIGINT) FROM t").Should().Be(499_500);

            w.Checkpoint();
            WalBytes(path).Should().Be(0);
            w.Write(c => Sql.Exec(c, "INSERT INTO t VALUES (1000)"));
        }

        // The last connection closed: the file holds everything, and opens again with it.
        WalBytes(path).Should().Be(0);
        StatsWarehouse.Open(path).Scalar<long>("SELECT CAST(sum(x) AS BIGINT) FROM t").Should().Be(500_500);
    }

    [Fact]
    public void Write_NothingHeldOpen_ClosesTheDatabaseAfterEachStep()
    {
        var path = Path.Combine(_dir, "w.duckdb");
        var w = StatsWarehouse.Open(path);

        w.Write(c => Sql.Exec(c, "CREATE TABLE t AS SELECT range AS x FROM range(1000)"));

        WalBytes(path).Should().Be(0, "the last connection's close checkpoints the log into the file");
        w.Scalar<long>("SELECT count(*) FROM t").Should().Be(1000);
    }
}
