using ShanghaiAi.Stats.Outputs;

namespace ShanghaiAi.Stats.Tests.Outputs;

public sealed class CellSelectionTests
{
    [Fact]
    public void LatestVintagePerPeriod_TwoVintagesOfOnePeriod_KeepsTheLatestOnly()
    {
        var picked = CellSelection.LatestVintagePerPeriod(OutputCells.Trend());

        picked.Where(c => c.Period == OutputCells.Sep2026).Select(c => c.Vintage).Distinct().Should().Equal("2026-09.v2");
        picked.Single(c => c.Period == OutputCells.Sep2026 && c.IndicatorCode == "revenue" && c.Breakdown == "total")
            .ValueYtd.Should().Be(1_200_000m * 9 * 1.11m);
        picked.Select(c => c.Period).Distinct().Should().HaveCount(21);
    }

    [Theory]
    [InlineData("2026-09.v10", "2026-09.v9", 1)]
    [InlineData("2026-09.v1", "2026-09.v2", -1)]
    [InlineData("2026-09.v2", "2026-09.v2", 0)]
    public void CompareVintages_NumericSequence_OrdersByNumber(string a, string b, int sign)
        => Math.Sign(CellSelection.CompareVintages(a, b)).Should().Be(sign);
}
