using ShanghaiAi.Stats.ParkIndex;
using static ShanghaiAi.Stats.Tests.ParkIndex.ParkIndexTestData;

namespace ShanghaiAi.Stats.Tests.ParkIndex;

public sealed class ParkExplainerTests
{
    [Fact]
    public void Explain_FourParkExample_NamesDriversAgainstTheMedianPark()
    {
        var scores = ParkScorer.Score(FourParkMatrix(), Small());

        var e = ParkExplainer.Explain(scores, null, Ref).Single(x => x.ParkId == "SHAIP01");

        // Normalised values (see ParkScorerTests) and their medians over the 4 parks:
        //   compute [0, 25, 50, 100] -> 37.5; pue [100, 25, 75, 0] -> 50; scen. [0, 50, 25, 100] -> 37.5; demo [100, 40, 80, 0] -> 60.
        // Weights in the index: compute 0.6 x 0.5 = 0.3, pue 0.3, scen. 0.4 x 0.25 = 0.1, demo 0.4 x 0.75 = 0.3.
        // SHAIP01: compute 0.3 x (0 - 37.5) = -11.25; pue 0.3 x (100 - 50) = +15; scen. 0.1 x (0 - 37.5) = -3.75;
        // demo 0.3 x (100 - 60) = +12. Lifts: pue, demo; pulls: compute, scenarios.
        e.Lifts.Should().BeEquivalentTo(new[]
        {
            new IndicatorDriver("pue", "数据中心PUE", "PUE", 15),
            new IndicatorDriver("demonstration_projects", "示范应用项目数", "Demonstration projects", 12),
        }, o => o.WithStrictOrdering().Using<double>(c => c.Subject.Should().BeApproximately(c.Expectation, 1e-9)).WhenTypeIs<double>());
        e.Pulls.Select(d => (d.IndicatorCode, Math.Round(d.Points, 9))).Should().Equal(("compute_capacity_pflops", -11.25), ("scenarios_opened", -3.75));
        e.DimensionScores["X"].Should().BeApproximately(50, 1e-9);
        e.DimensionScores["Y"].Should().BeApproximately(75, 1e-9);
        e.TextZh.Should().Be("张江人工智能岛综合得分60.0，在4个园区中排名第2。优势维度：场景（75.0分）；薄弱维度：算力（50.0分）。"
            + "与中位园区相比，拉升得分最多的是数据中心PUE（+15.0分）、示范应用项目数（+12.0分）；拖累最多的是智能算力规模（-11.3分）、开放应用场景数（-3.8分）。");
        e.TextEn.Should().Be("Zhangjiang AI Island scores 60.0, rank 2 of 4. Strongest dimension: Scenarios (75.0); weakest: Compute (50.0)."
            + " Against the median park, it is lifted most by PUE (+15.0 points) and Demonstration projects (+12.0 points),"
            + " and pulled down most by AI compute capacity (-11.3 points) and Scenarios opened (-3.8 points).");
    }

    [Fact]
    public void Explain_DimensionWithoutSpread_NeverStrongestOrWeakest()
    {
        // Y is 50 for every park (scenarios 25, demo 5 under goalposts [0, 50] and [0, 10]); X varies. With one
        // varying dimension there is nothing to compare it with: no strongest/weakest sentence at all.
        var m = new IndicatorMatrix(FourParks, SmallCodes,
        [
            10, 1.2, 25, 5,
            20, 1.5, 25, 5,
            30, 1.3, 25, 5,
            50, 1.6, 25, 5,
        ]);
        var scores = ParkScorer.Score(m, Small(normalisation: "goalposts"));

        var all = ParkExplainer.Explain(scores, null, Ref);

        all.Select(e => e.DimensionScores["Y"]).Should().AllSatisfy(y => y.Should().BeApproximately(50, 1e-9));
        all.Should().AllSatisfy(e =>
        {
            e.TextZh.Should().NotContain("场景（").And.NotContain("优势维度");
            e.TextEn.Should().NotContain("Scenarios (").And.NotContain("Strongest");
        });
    }

    [Fact]
    public void Explain_WithUncertainty_StatesTheRankInterval()
    {
        var prep = IndexPreparation.Prepare(FourParkMatrix(), Small());
        var scores = ParkScorer.Score(prep);
        var u = UncertaintyAnalysis.Run(prep);
        var (lo, hi) = u.Interval("SHAIP03");

        var e = ParkExplainer.Explain(scores, u, Ref).Single(x => x.ParkId == "SHAIP03");

        e.TextEn.Should().StartWith($"Maqiao AI Innovation Pilot Zone scores 64.0, rank 1 of 4 (90% of simulations: rank {lo}-{hi}).");
        e.TextZh.Should().StartWith($"闵行马桥人工智能创新试验区综合得分64.0，在4个园区中排名第1（不确定性分析90%区间：第{lo}-{hi}名）。");
    }
}
