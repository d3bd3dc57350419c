using ShanghaiAi.Stats.ParkIndex;
using static ShanghaiAi.Stats.Tests.ParkIndex.ParkIndexTestData;

namespace ShanghaiAi.Stats.Tests.ParkIndex;

/// <summary>Properties of the index on 12 seeded parks x the 19 indicators of method 2025.</summary>
public sealed class ParkIndexPropertyTests
{
    // Min-max: the properties below are those of within-period normalisation (the embedded default is goalposts).
    private static readonly ParkIndexMethod Method = Embedded with { Normalisation = Normalisation.MinMax };

    [Theory]
    [InlineData("compute_capacity_pflops")]
    [InlineData("financing_raised")] // skewed by one park: treated before normalisation, still unit-free
    [InlineData("pue")]
    public void Score_UnitChangeOfAnIndicator_MinMaxScoresUnchanged(string code)
    {
        var m = TwelveParks();
        var before = ParkScorer.Score(m, Method);

        var after = ParkScorer.Score(m.MapIndicator(code, v => v * 1000), Method);

        foreach (var p in m.ParkIds)
        {
            after.Score(p)!.Value.Should().BeApproximately(before.Score(p)!.Value, 1e-9);
            after.Rank(p).Should().Be(before.Rank(p));
        }
    }

    [Fact]
    public void Score_SkewedIndicator_IsTreatedBeforeNormalisation()
    {
        var s = ParkScorer.Score(TwelveParks(), Method);

        s.Treatments.Single(t => t.IndicatorCode == "financing_raised").Kind.Should().NotBe(IndicatorTreatment.None);
        s.Treatments.Single(t => t.IndicatorCode == "compute_capacity_pflops").Kind.Should().Be(IndicatorTreatment.None);
    }

    [Fact]
    public void Score_ReversingANegativeIndicator_FlipsItsContribution()
    {
        var m = TwelveParks();
        var asDeclared = ParkScorer.Score(m, Method);

        var reversed = ParkScorer.Score(m, Method.WithDirection("pue", +1));

        foreach (var p in m.ParkIds)
        {
            reversed.Normalised(p, "pue")!.Value.Should().BeApproximately(100 - asDeclared.Normalised(p, "pue")!.Value, 1e-9);
            reversed.ContributionsVersusMedian(p)["pue"].Should().BeApproximately(-asDeclared.ContributionsVersusMedian(p)["pue"], 1e-9);
            reversed.ContributionsVersusMedian(p)["open_datasets"].Should().BeApproximately(asDeclared.ContributionsVersusMedian(p)["open_datasets"], 1e-9);
        }
    }

    [Fact]
    public void Score_EqualParks_TieInScoreRankAndInterval()
    {
        var m = TwelveParks();
        foreach (var code in m.IndicatorCodes)
        {
            m = m.With("SHAIP07", code, m.Get("SHAIP02", code));
        }

        var prep = IndexPreparation.Prepare(m, Method);
        var s = ParkScorer.Score(prep);
        var u = UncertaintyAnalysis.Run(prep, Method.Uncertainty with { Runs = 300 });

        s.Score("SHAIP07").Should().Be(s.Score("SHAIP02"));
        s.Rank("SHAIP07").Should().Be(s.Rank("SHAIP02"));
        s.ParkIds.Count(p => s.Rank(p) == s.Rank("SHAIP02")).Should().Be(2);
        u.Interval("SHAIP07").Should().Be(u.Interval("SHAIP02"));
        u.MedianRank("SHAIP07").Should().Be(u.MedianRank("SHAIP02"));
    }

    [Fact]
    public void Score_RemovingOneIndicator_ChangesOnlyItsDimensionAndTheIndex()
    {
        var m = TwelveParks();
        var before = ParkScorer.Score(m, Method);

        var after = ParkScorer.Score(m.WithoutIndicator("open_datasets"), Method.WithoutIndicator("open_datasets"));

        foreach (var p in m.ParkIds)
        {
            foreach (var d in new[] { "B", "C", "D", "E", "F" })
            {
                after.DimensionScore(p, d)!.Value.Should().BeApproximately(before.DimensionScore(p, d)!.Value, 1e-9, $"{p} {d}");
            }

            foreach (var code in after.IndicatorCodes)
            {
                after.Normalised(p, code)!.Value.Should().BeApproximately(before.Normalised(p, code)!.Value, 1e-9);
            }
        }

        m.ParkIds.Count(p => Math.Abs(after.DimensionScore(p, "A")!.Value - before.DimensionScore(p, "A")!.Value) > 1e-6).Should().BeGreaterThan(6);
        m.ParkIds.Count(p => Math.Abs(after.Score(p)!.Value - before.Score(p)!.Value) > 1e-6).Should().BeGreaterThan(6);
    }

    [Fact]
    public void Uncertainty_IdenticalSeeds_GiveIdenticalIntervals()
    {
        var prep = IndexPreparation.Prepare(TwelveParks(), Method);
        var settings = Method.Uncertainty with { Runs = 500, Seed = 99 };

        var a = UncertaintyAnalysis.Run(prep, settings);
        var b = UncertaintyAnalysis.Run(IndexPreparation.Prepare(TwelveParks(), Method), settings);

        b.P05.Should().Equal(a.P05);
        b.P95.Should().Equal(a.P95);
        b.MedianRanks.Should().Equal(a.MedianRanks);
        b.Sensitivity.Select(s => s.Share).Should().Equal(a.Sensitivity.Select(s => s.Share));
    }

    [Fact]
    public void Uncertainty_RankOfEachPark_LiesInsideItsInterval()
    {
        var prep = IndexPreparation.Prepare(TwelveParks(), Method);
        var s = ParkScorer.Score(prep);
        var u = UncertaintyAnalysis.Run(prep);

        foreach (var p in s.ParkIds)
        {
            var (lo, hi) = u.Interval(p);
            s.Rank(p)!.Value.Should().BeInRange(lo, hi, p);
            u.MedianRank(p).Should().BeInRange(lo, hi);
            lo.Should().BeGreaterThanOrEqualTo(1);
            hi.Should().BeLessThanOrEqualTo(12);
        }
    }

    [Fact]
    public void Uncertainty_NoSpreadOneNormalisationOneAggregation_IntervalIsTheRank()
    {
        var prep = IndexPreparation.Prepare(TwelveParks(), Method);
        var s = ParkScorer.Score(prep);

        var u = UncertaintyAnalysis.Run(prep, new UncertaintySettings(50, 1, 0, [Normalisation.MinMax], [Aggregation.Arithmetic], 10));

        foreach (var p in s.ParkIds)
        {
            u.Interval(p).Should().Be((s.Rank(p)!.Value, s.Rank(p)!.Value));
            u.MedianRank(p).Should().Be(s.Rank(p)!.Value);
        }

        u.Sensitivity.Should().OnlyContain(x => x.Share == 0);
    }

    [Fact]
    public void Uncertainty_Sensitivity_SharesAreFractionsThatSumToOne()
    {
        var prep = IndexPreparation.Prepare(TwelveParks(), Method);

        var u = UncertaintyAnalysis.Run(prep, Method.Uncertainty with { Runs = 400 });

        u.Sensitivity.Select(x => x.Assumption).Should().Equal(
            "normalisation", "aggregation", "weight:A", "weight:B", "weight:C", "weight:D", "weight:E", "weight:F", UncertaintyAnalysis.Residual,
            UncertaintyAnalysis.WeightsTotalEffect);
        u.Sensitivity.Should().OnlyContain(x => x.Share >= 0 && x.Share <= 1);
        var firstOrder = u.Sensitivity.Where(x => x.Assumption.StartsWith("weight:", StringComparison.Ordinal) || x.Assumption is "normalisation" or "aggregation")
            .Where(x => x.Assumption != UncertaintyAnalysis.WeightsTotalEffect).Sum(x => x.Share);
        var residual = u.Sensitivity.Single(x => x.Assumption == UncertaintyAnalysis.Residual).Share;
        (firstOrder + residual).Should().BeApproximately(Math.Max(1, firstOrder), 1e-9);
    }

    [Fact]
    public void Uncertainty_OnlyAggregationVaries_ExplainsAllRankVariance()
    {
        // With fixed weights and normalisation, the aggregation choice is the only source of variation: S = 1.
        var prep = IndexPreparation.Prepare(TwelveParks(), Method);

        var u = UncertaintyAnalysis.Run(prep, new UncertaintySettings(200, 3, 0, [Normalisation.MinMax], [Aggregation.Arithmetic, Aggregation.Geometric], 10));

        u.Sensitivity.Single(x => x.Assumption == "aggregation").Share.Should().BeApproximately(1, 1e-9);
        u.Sensitivity.Single(x => x.Assumption == "normalisation").Share.Should().Be(0);
        u.Sensitivity.Single(x => x.Assumption == UncertaintyAnalysis.WeightsTotalEffect).Share.Should().BeApproximately(0, 1e-9);
    }

    [Fact]
    public void Uncertainty_OnlyWeightsVary_WeightsExplainAllRankVariance()
    {
        var prep = IndexPreparation.Prepare(TwelveParks(), Method);

        var u = UncertaintyAnalysis.Run(prep, new UncertaintySettings(300, 5, 0.25, [Normalisation.MinMax], [Aggregation.Arithmetic], 10));

        u.Sensitivity.Single(x => x.Assumption == UncertaintyAnalysis.WeightsTotalEffect).Share.Should().BeApproximately(1, 1e-9);
        u.Sensitivity.Single(x => x.Assumption == "aggregation").Share.Should().Be(0);
        u.Sensitivity.Where(x => x.Assumption.StartsWith("weight:", StringComparison.Ordinal) && x.Assumption != UncertaintyAnalysis.WeightsTotalEffect)
            .Sum(x => x.Share).Should().BeGreaterThan(0.05);
    }
}
