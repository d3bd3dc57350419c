using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.ParkIndex;
using static ShanghaiAi.Stats.Tests.ParkIndex.ParkIndexTestData;

namespace ShanghaiAi.Stats.Tests.ParkIndex;

public sealed class ParkIndexMethodLoaderTests
{
    [Fact]
    public void LoadEmbedded_Method2025_HasTheSpecFramework()
    {
        var m = Embedded;

        m.Version.Should().Be("2025.2");
        m.Normalisation.Should().Be(Normalisation.Goalposts);
        m.Aggregation.Should().Be(Aggregation.Arithmetic);
        m.Dimensions.Select(d => d.Code).Should().Equal("A", "B", "C", "D", "E", "F");
        m.Dimensions.Select(d => d.Indicators.Count).Should().Equal(4, 4, 3, 2, 5, 1);
        m.Dimensions.Sum(d => d.Weight).Should().BeApproximately(1, 1e-12);
        m.Dimensions.Should().OnlyContain(d => Math.Abs(d.Weight - (1 / 6.0)) < 1e-6);
        m.Indicators.Single(i => i.Code == "pue").Direction.Should().Be(-1);
        m.Indicators.Where(i => i.Code != "pue").Should().OnlyContain(i => i.Direction == 1);
        m.Indicators.Single(i => i.Code == "rd_intensity").Source.Should().Be(
            IndicatorSource.Cells(new CellRef("rd_expense", "value_ytd"), new CellRef("revenue", "value_ytd"), 100));
        m.Indicators.Single(i => i.Code == "above_scale_share").Source.Should().Be(IndicatorSource.SizeClassShare("规上"));
        m.Uncertainty.Should().BeEquivalentTo(new UncertaintySettings(1000, 20250930, 0.25,
            [Normalisation.Goalposts, Normalisation.MinMax, Normalisation.ZScore], [Aggregation.Arithmetic, Aggregation.Geometric], 10));
        m.Dimensions[0].NameZh.Should().Be("算力与数据基础");
    }

    [Fact]
    public void Parse_IndicatorWeightsNotSummingToOne_FailsNamingTheDimension()
    {
        var json = EmbeddedJson.Replace("\"direction\": \"-\", \"weight\": 0.25", "\"direction\": \"-\", \"weight\": 0.15", StringComparison.Ordinal);

        var act = () => ParkIndexMethodLoader.Parse(json, "method-bad.json", Ref);

        act.Should().Throw<StatsException>().WithMessage(
            "method-bad.json dimension A, property indicators.weight: expected the indicator weights of a dimension to sum to 1, found 0.9");
    }

    [Fact]
    public void Parse_DimensionWeightsNotSummingToOne_Fails()
    {
        var json = SmallJson().Replace("\"weight\": 0.4", "\"weight\": 0.5", StringComparison.Ordinal);

        var act = () => ParkIndexMethodLoader.Parse(json, "method-bad.json", Ref);

        act.Should().Throw<StatsException>().WithMessage(
            "method-bad.json, property dimensions.weight: expected the dimension weights to sum to 1, found 1.1");
    }

    [Fact]
    public void Parse_UnknownCellIndicator_FailsNamingIndicatorAndValue()
    {
        var json = EmbeddedJson.Replace("rd_expense.value_ytd", "rd_spend.value_ytd", StringComparison.Ordinal);

        var act = () => ParkIndexMethodLoader.Parse(json, "method-bad.json", Ref);

        act.Should().Throw<StatsException>().WithMessage(
            "method-bad.json dimension C indicator rd_intensity, property source.numerator: expected indicator_code.field with an indicator code of the indicator catalogue, found 'rd_spend.value_ytd'");
    }

    [Fact]
    public void Parse_UnknownParkReportColumn_Fails()
    {
        var json = SmallJson().Replace("\"field\": \"pue\"", "\"field\": \"power_usage\"", StringComparison.Ordinal);

        var act = () => ParkIndexMethodLoader.Parse(json, "method-bad.json", Ref);

        act.Should().Throw<StatsException>().WithMessage(
            "method-bad.json dimension X indicator pue, property source.field: expected a park report column (compute_capacity_pflops, public_compute_sme_share, open_datasets, scenarios_opened, demonstration_projects, financing_raised, incubator_area, talent_services, ip_services, rent_relief, pue, ethics_review), found 'power_usage'");
    }

    [Fact]
    public void Parse_UnknownNormalisationMethod_Fails()
    {
        var act = () => ParkIndexMethodLoader.Parse(SmallJson(normalisation: "rank"), "method-bad.json", Ref);

        act.Should().Throw<StatsException>().WithMessage(
            "method-bad.json, property normalisation: expected one of min-max, z-score, goalposts, found 'rank'");
    }

    [Fact]
    public void Parse_UnknownAggregationInUncertainty_Fails()
    {
        var act = () => ParkIndexMethodLoader.Parse(SmallJson(aggs: "\"arithmetic\", \"harmonic\""), "method-bad.json", Ref);

        act.Should().Throw<StatsException>().WithMessage(
            "method-bad.json, property uncertainty.aggregations[1]: expected one of arithmetic, geometric, found 'harmonic'");
    }

    [Fact]
    public void Parse_BadDirection_Fails()
    {
        var json = SmallJson().Replace("\"direction\": \"-\"", "\"direction\": \"down\"", StringComparison.Ordinal);

        var act = () => ParkIndexMethodLoader.Parse(json, "method-bad.json", Ref);

        act.Should().Throw<StatsException>().WithMessage(
            "method-bad.json dimension X indicator pue, property direction: expected '+' (more is better) or '-' (less is better), found 'down'");
    }

    [Fact]
    public void Parse_NotJson_FailsNamingTheFile()
    {
        var act = () => ParkIndexMethodLoader.Parse("{ not json", "method-bad.json", Ref);

        act.Should().Throw<StatsException>().Which.Message.Should().StartWith("method-bad.json: not valid JSON (");
    }
}
