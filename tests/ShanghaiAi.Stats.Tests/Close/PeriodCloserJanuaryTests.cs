using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Tests.Close.Support;

namespace ShanghaiAi.Stats.Tests.Close;

/// <summary>January-February: by default January is internal and provisional, February publishes 1-2月.</summary>
public sealed class PeriodCloserJanuaryTests : IDisposable
{
    private readonly CloseDb _db = new();

    public PeriodCloserJanuaryTests()
    {
        foreach (var (u, jan, feb) in new[] { ("A", 100m, 250m), ("B", 200m, 450m), ("C", 300m, 700m) })
        {
            _db.Enterprise(u).Report(u, "2026-01", jan).Report(u, "2026-02", feb);
        }
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Close_JanuaryByDefault_InternalProvisionalAndPublicTableEmpty()
    {
        var r = _db.Close("2026-01");

        r.PublicReleased.Should().BeFalse();
        r.Cells.Should().OnlyContain(c => c.ObsStatus == "P");
        r.Cells.Cell("revenue").Value.Should().Be(600m);
        File.ReadAllLines(_db.PathOf(r, "indicators-public.csv")).Should().HaveCount(1, "only the header: January is published combined as 1-2月");
        File.ReadAllLines(_db.PathOf(r, "indicators.csv")).Length.Should().BeGreaterThan(1);
        File.ReadAllText(_db.PathOf(r, "close-summary.json")).Should().Contain("\"public_released\": false");
    }

    [Fact]
    public void Close_FebruaryByDefault_MonthColumnIsJanuaryToFebruary()
    {
        var r = _db.Close("2026-02");

        var revenue = r.Cells.Cell("revenue");
        revenue.Value.Should().Be(1400m);
        revenue.ValueYtd.Should().Be(1400m);
        revenue.ObsStatus.Should().Be("A");
        r.PublicReleased.Should().BeTrue();
        File.ReadAllLines(_db.PathOf(r, "indicators-public.csv")).Should().Contain(l => l.StartsWith("2026-02.v1,2026-02,revenue,total,_T,1400,1400,", StringComparison.Ordinal));
    }

    [Fact]
    public void Close_JanuarySeparateSetting_JanuaryPublishedAndFebruaryOwnMonth()
    {
        var separate = CloseSettings.Default with { CombineJanuaryFebruary = false };

        var jan = _db.Close("2026-01", separate);
        var feb = _db.Close("2026-02", separate);

        jan.Cells.Cell("revenue").ObsStatus.Should().Be("A");
        jan.PublicReleased.Should().BeTrue();
        File.ReadAllLines(_db.PathOf(jan, "indicators-public.csv")).Length.Should().BeGreaterThan(1);
        feb.Cells.Cell("revenue").Value.Should().Be(800m);
        feb.Cells.Cell("revenue").ValueYtd.Should().Be(1400m);
    }

    [Fact]
    public void Close_JanuaryNonResponseAfterDecember_ImputedAcrossTheYearEnd()
    {
        _db.Report("A", "2025-12", 1200m).Report("B", "2025-12", 2400m).Report("C", "2025-12", 3600m);
        _db.Enterprise("X").Report("X", "2025-12", 1200m);

        var r = _db.Close("2026-01");

        r.Imputed.Should().Be(1);
        var revenue = r.Cells.Cell("revenue");
        revenue.ValueYtd.Should().Be(700m, "X = 1200 x 600 / 7200 = 100: responders' January YTD over their December YTD");
        revenue.Value.Should().Be(700m, "January's month is its YTD");
        revenue.ObsStatus.Should().Be("P", "January is provisional by default; P outranks E");
    }
}
