using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Warehouse;

public sealed class MigratorTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "aistats-migrator-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Open_NewThenAgain_EveryMigrationAppliedOnceInVersionOrder()
    {
        var path = Path.Combine(_dir, "w.duckdb");
        StatsWarehouse.Open(path);
        var w = StatsWarehouse.Open(path);

        var embedded = Migrator.Migrations().Select(m => m.Version).ToList();
        embedded.Should().NotBeEmpty().And.BeInAscendingOrder().And.OnlyHaveUniqueItems();
        w.Scalar<string>("SELECT string_agg(version::VARCHAR, ',' ORDER BY version) FROM schema_migrations")
            .Should().Be(string.Join(",", embedded));
        w.Scalar<long>("SELECT count(*) FROM schema_migrations").Should().Be(embedded.Count, "opening again applies nothing twice");
    }

    [Fact]
    public void Open_UploadsTable_RecordsTheSendersRoleAndScope()
    {
        var w = StatsWarehouse.Open(Path.Combine(_dir, "w.duckdb"));

        w.Scalar<string>("SELECT string_agg(column_name, ',' ORDER BY column_name) FROM information_schema.columns WHERE table_name = 'uploads' AND column_name IN ('role', 'actor')")
            .Should().Be("actor,role");
    }
}
