using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Tests.Support;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Warehouse;

public sealed class ParkScoreStoreTests : IDisposable
{
    private readonly SeededWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    [Fact]
    public void ForVintage_SavedScores_ReadBackWithEveryField()
    {
        var p = new Period(2026, 10);
        var a = new StoredParkScore("SHAIP01", p, 71.25, 1, 1, 2, 1.5, new Dictionary<string, double> { ["A"] = 80.5, ["F"] = 50 }, "2025.2", ["outlier:A2"]);
        var b = new StoredParkScore("SHAIP02", p, null, null, null, null, null, new Dictionary<string, double>(), "2025.2", []);
        ParkScoreStore.Save(_w.Warehouse, "v-2026-10-1", [b, a], DateTimeOffset.UnixEpoch);
        ParkScoreStore.Save(_w.Warehouse, "v-2026-10-2", [a with { Score = 10 }], DateTimeOffset.UnixEpoch);

        var read = ParkScoreStore.ForVintage(_w.Warehouse, "v-2026-10-1");

        read.Should().BeEquivalentTo([a, b], o => o.WithStrictOrdering().ComparingByValue<Period>());
        ParkScoreStore.ForVintage(_w.Warehouse, "v-2026-10-2").Single().Score.Should().Be(10);
        ParkScoreStore.ForVintage(_w.Warehouse, "v-none").Should().BeEmpty();
    }
}
