using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Tests.Close.Support;
using ShanghaiAi.Stats.Tests.Support;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Close;

/// <summary>Issue 11 part 3: no empty release, and no overflow on a sum of valid inputs.</summary>
public sealed class PeriodCloserRefusalTests : IDisposable
{
    private readonly CloseDb _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Close_PeriodWithoutReports_RefusedNamingWhatIsMissingAndNothingStored()
    {
        _db.Enterprise("A").Report("A", "2026-09", 100m);

        var act = () => _db.Close("2030-01");

        act.Should().Throw<StatsException>().WithMessage(
            $"close of 2030-01 refused, nothing stored: no monthly report of an in-scope enterprise for 2030-01 in the warehouse {_db.Warehouse.Path}");
        VintageStore.All(_db.Warehouse).Should().BeEmpty();
    }

    [Fact]
    public void Close_NothingInScope_RefusedNamingTheClassification()
    {
        _db.Enterprise("A", category: "00").Report("A", "2026-09", 100m);

        var act = () => _db.Close("2026-09");

        act.Should().Throw<StatsException>().WithMessage(
            "close of 2026-09 refused, nothing stored: no enterprise in scope (no enterprise of the register is classified into the AI sector: classify the register); no monthly report of an in-scope enterprise for 2026-09*");
        VintageStore.All(_db.Warehouse).Should().BeEmpty();
    }

    [Fact]
    public void Close_SixteenDigitProfit_ClosesAndStoresTheSum()
    {
        foreach (var u in new[] { "A", "B", "C" })
        {
            _db.Enterprise(u).Report(u, "2026-09", 1000m, 800m);
        }

        _db.Enterprise("D").Report(new TestReport("D", "2026-09", 1000m, 500m, 500m, 0m, 0m, 9_999_999_999_999_999m, 50m,
            800m, 400m, 80m, 40m, 10, 2, 1, 1m));

        var r = _db.Close("2026-09");

        var profit = r.Cells.Cell("profit");
        profit.ValueYtd.Should().Be(9_999_999_999_999_999m + (3 * 100m));
        profit.YoyPct.Should().BeGreaterThan(1_000_000_000_000m, "against a base of 320 the change has 16 digits, and it is stored");
        VintageStore.Cells(_db.Warehouse, r.VintageId).Cell("profit").Should().Be(profit);
    }
}
