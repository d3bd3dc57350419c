using ShanghaiAi.Stats.ParkIndex;
using static ShanghaiAi.Stats.Tests.ParkIndex.ParkIndexTestData;

namespace ShanghaiAi.Stats.Tests.ParkIndex;

/// <summary>
/// The 4-park example worked by hand. Method (ParkIndexTestData.Small): dimension X (weight 0.6) = compute (+, 0.5)
/// and PUE (-, 0.5); dimension Y (weight 0.4) = scenarios (+, 0.25) and demonstration projects (+, 0.75).
/// Data           compute  pue   scenarios  demo
///   SHAIP01        10     1.2       5        7
///   SHAIP02        20     1.5      15        4
///   SHAIP03        30     1.3      10        6
///   SHAIP04        50     1.6      25        2
/// Four parks are fewer than the 5 the outlier step needs, so no treatment.
/// </summary>
public sealed class ParkScorerTests
{
    private const double Tol = 1e-9;

    [Fact]
    public void Score_FourParksMinMaxArithmetic_MatchesHandComputation()
    {
        var s = ParkScorer.Score(FourParkMatrix(), Small());

        // Min-max, (x - min) / (max - min) x 100; PUE is reversed: (max - x) / (max - min) x 100.
        // compute: min 10, max 50, range 40 -> 0, 25, 50, 100
        // pue:     min 1.2, max 1.6, range 0.4 -> (1.6-1.2)/0.4 = 100, 0.1/0.4 = 25, 0.3/0.4 = 75, 0
        // scen.:   min 5, max 25, range 20 -> 0, 50, 25, 100
        // demo:    min 2, max 7, range 5 -> 100, 40, 80, 0
        double[][] normalised = [[0, 100, 0, 100], [25, 25, 50, 40], [50, 75, 25, 80], [100, 0, 100, 0]];
        for (var p = 0; p < 4; p++)
        {
            for (var k = 0; k < 4; k++)
            {
                s.Normalised(FourParks[p], SmallCodes[k])!.Value.Should().BeApproximately(normalised[p][k], Tol, $"{FourParks[p]} {SmallCodes[k]}");
            }
        }

        // X = 0.5 compute + 0.5 pue:      50, 25, 62.5, 50
        // Y = 0.25 scen. + 0.75 demo:     0+75 = 75; 12.5+30 = 42.5; 6.25+60 = 66.25; 25+0 = 25
        // index = 0.6 X + 0.4 Y:          30+30 = 60; 15+17 = 32; 37.5+26.5 = 64; 30+10 = 40
        // ranks (1 = best):               2, 4, 1, 3
        double[] x = [50, 25, 62.5, 50], y = [75, 42.5, 66.25, 25], score = [60, 32, 64, 40];
        int[] rank = [2, 4, 1, 3];
        for (var p = 0; p < 4; p++)
        {
            s.DimensionScore(FourParks[p], "X")!.Value.Should().BeApproximately(x[p], Tol);
            s.DimensionScore(FourParks[p], "Y")!.Value.Should().BeApproximately(y[p], Tol);
            s.Score(FourParks[p])!.Value.Should().BeApproximately(score[p], Tol);
            s.Rank(FourParks[p]).Should().Be(rank[p]);
        }
    }

    [Fact]
    public void Score_FourParksGeometric_MatchesHandComputation()
    {
        var s = ParkScorer.Score(FourParkMatrix(), Small(aggregation: "geometric"));

        // Geometric with offset 1: exp(sum w ln(v + 1)) - 1. SHAIP03 (normalised 50, 75, 25, 80):
        // X = sqrt(51 x 76) - 1 = 61.2575296651; Y = 26^0.25 x 81^0.75 - 1 = 59.9687233375;
        // index = 62.2575296651^0.6 x 60.9687233375^0.4 - 1 = 60.7387697213.
        s.DimensionScore("SHAIP03", "X")!.Value.Should().BeApproximately(61.2575296651, 1e-8);
        s.DimensionScore("SHAIP03", "Y")!.Value.Should().BeApproximately(59.9687233375, 1e-8);
        s.Score("SHAIP03")!.Value.Should().BeApproximately(60.7387697213, 1e-8);

        // SHAIP01 has a 0 in each dimension: X = sqrt(1 x 101) - 1 = 9.0498756211 (the geometric mean punishes the gap).
        s.DimensionScore("SHAIP01", "X")!.Value.Should().BeApproximately(9.0498756211, 1e-8);
    }

    [Fact]
    public void Score_FourParksZScore_MatchesHandComputation()
    {
        var s = ParkScorer.Score(FourParkMatrix(), Small(normalisation: "z-score"));

        // compute: mean 27.5, population sd sqrt(875 / 4) = 14.7901994577; 100 + 10 z:
        // (10-27.5)/14.790 = -1.18322 -> 88.1678404338; 50 -> 115.2127765851
        s.Normalised("SHAIP01", "compute_capacity_pflops")!.Value.Should().BeApproximately(88.1678404338, 1e-8);
        s.Normalised("SHAIP04", "compute_capacity_pflops")!.Value.Should().BeApproximately(115.2127765851, 1e-8);

        // pue (reversed): mean 1.4, sd 0.1581138830; 100 - 10 z: 1.2 -> 112.6491106407
        s.Normalised("SHAIP01", "pue")!.Value.Should().BeApproximately(112.6491106407, 1e-8);
    }

    [Fact]
    public void Score_FourParksGoalposts_MatchesHandComputation()
    {
        var s = ParkScorer.Score(FourParkMatrix(), Small(normalisation: "goalposts"));

        // Goalposts compute [0, 100], pue [1, 2] reversed, scenarios [0, 50], demo [0, 10]:
        //   SHAIP01: 10, (2-1.2)/1 = 80, 10, 70 -> X 45,   Y 2.5+52.5 = 55, index 27+22 = 49
        //   SHAIP02: 20, 50, 30, 40             -> X 35,   Y 7.5+30 = 37.5, index 21+15 = 36
        //   SHAIP03: 30, 70, 20, 60             -> X 50,   Y 5+45 = 50,     index 30+20 = 50
        //   SHAIP04: 50, 40, 50, 20             -> X 45,   Y 12.5+15 = 27.5, index 27+11 = 38
        double[] score = [49, 36, 50, 38];
        int[] rank = [2, 4, 1, 3];
        for (var p = 0; p < 4; p++)
        {
            s.Score(FourParks[p])!.Value.Should().BeApproximately(score[p], Tol);
            s.Rank(FourParks[p]).Should().Be(rank[p]);
        }
    }

    [Fact]
    public void Score_GoalpostsOneParkChangesNextPeriod_OthersScoresUnchanged()
    {
        var before = ParkScorer.Score(FourParkMatrix(), Small(normalisation: "goalposts"));

        // Next period SHAIP04 doubles its compute (50 -> 100) and opens 40 more scenarios (25 -> 65, above the
        // upper goalpost 50: clipped to 100). Its own score: X (100 + 40) / 2 = 70, Y 25 + 15 = 40, index 42 + 16 = 58.
        var v = FourParkMatrix();
        var changed = new IndicatorMatrix(FourParks, SmallCodes,
        [
            10, 1.2, 5, 7,
            20, 1.5, 15, 4,
            30, 1.3, 10, 6,
            100, 1.6, 65, 2,
        ]);
        var after = ParkScorer.Score(changed, Small(normalisation: "goalposts"));

        after.Score("SHAIP04")!.Value.Should().BeApproximately(58, Tol);
        foreach (var park in FourParks[..3])
        {
            after.Score(park)!.Value.Should().BeApproximately(before.Score(park)!.Value, 1e-12, $"{park} did not change");
        }

        var minMaxBefore = ParkScorer.Score(v, Small());
        var minMaxAfter = ParkScorer.Score(changed, Small());
        minMaxAfter.Score("SHAIP02")!.Value.Should().NotBeApproximately(minMaxBefore.Score("SHAIP02")!.Value, 0.01,
            "within-period min-max moves every park when one park changes: why goalposts are the default");
    }

    [Fact]
    public void Score_EmbeddedMethod_GoalpostsByDefault()
        => Embedded.Normalisation.Should().Be(Normalisation.Goalposts);

    [Fact]
    public void Score_OneValueMissing_ImputedByDimensionMeanOfThePark()
    {
        var m = FourParkMatrix().With("SHAIP02", "pue", double.NaN);

        var s = ParkScorer.Score(m, Small());

        // pue over SHAIP01, 03, 04 (1.2, 1.3, 1.6) keeps min 1.2 and max 1.6: 100, 75, 0 as before.
        // SHAIP02's pue is imputed by its other X indicator, compute = 25; so X = 25, index 32 as before.
        s.IsImputed("SHAIP02", "pue").Should().BeTrue();
        s.Normalised("SHAIP02", "pue")!.Value.Should().BeApproximately(25, Tol);
        s.Score("SHAIP02")!.Value.Should().BeApproximately(32, Tol);
        s.IsImputed("SHAIP01", "pue").Should().BeFalse();
    }

    [Fact]
    public void Score_ParkMissingMoreThanAThird_HasNoScoreAndOthersAreRankedWithoutIt()
    {
        // SHAIP04 misses 2 of 4 indicators (> 1/3): no score, and it takes no part in min and max. Among SHAIP01-03:
        // compute 10, 20, 30 -> 0, 50, 100; pue 1.2, 1.5, 1.3 -> 100, 0, 66.667; scen. 5, 15, 10 -> 0, 100, 50;
        // demo 7, 4, 6 -> 100, 0, 66.667.
        var m = FourParkMatrix().With("SHAIP04", "compute_capacity_pflops", double.NaN).With("SHAIP04", "demonstration_projects", double.NaN);

        var s = ParkScorer.Score(m, Small());

        s.HasScore("SHAIP04").Should().BeFalse();
        s.Score("SHAIP04").Should().BeNull();
        s.Rank("SHAIP04").Should().BeNull();
        s.MissingCount("SHAIP04").Should().Be(2);

        // X: 50, 25, 83.333; Y: 0+75 = 75, 25+0 = 25, 12.5+50 = 62.5; index: 30+30 = 60; 15+10 = 25; 50+25 = 75
        // -> ranks 2, 3, 1.
        s.Score("SHAIP01")!.Value.Should().BeApproximately(60, Tol);
        s.Score("SHAIP02")!.Value.Should().BeApproximately(25, Tol);
        s.Score("SHAIP03")!.Value.Should().BeApproximately(75, Tol);
        new[] { s.Rank("SHAIP01"), s.Rank("SHAIP02"), s.Rank("SHAIP03") }.Should().Equal(2, 3, 1);
    }
}
