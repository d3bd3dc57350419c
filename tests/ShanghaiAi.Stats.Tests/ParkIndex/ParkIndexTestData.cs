using System.Globalization;
using ShanghaiAi.Stats.ParkIndex;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Tests.ParkIndex;

/// <summary>Methods and matrices for the park-index tests.</summary>
internal static class ParkIndexTestData
{
    public static ReferenceData Ref => ReferenceData.Embedded;

    public static string EmbeddedJson => ReferenceLoader.ReadEmbedded("park-index/method-2025.json")!;

    public static ParkIndexMethod Embedded => ParkIndexMethodLoader.LoadEmbedded(Ref);

    /// <summary>
    /// A small method for hand computation: dimension X (weight 0.6) = compute_capacity_pflops (+, 0.5) and pue (-, 0.5);
    /// dimension Y (weight 0.4) = scenarios_opened (+, 0.25) and demonstration_projects (+, 0.75).
    /// </summary>
    public static string SmallJson(string normalisation = "min-max", string aggregation = "arithmetic", double spread = 0.25,
        int runs = 200, string norms = "\"min-max\", \"z-score\"", string aggs = "\"arithmetic\", \"geometric\"")
        => string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "method_version": "test.1", "title_zh": "测试指数", "title_en": "Test index",
          "normalisation": "{{normalisation}}", "aggregation": "{{aggregation}}", "geometric_offset": 1,
          "missing": { "impute": "dimension-mean", "max_missing_share": 0.3333333333 },
          "outliers": { "skew_threshold": 2, "kurtosis_threshold": 3.5, "max_winsorised": 5, "min_parks": 5 },
          "uncertainty": { "runs": {{runs}}, "seed": 7, "weight_spread": {{spread}}, "normalisations": [{{norms}}],
                           "aggregations": [{{aggs}}], "weight_bins": 10 },
          "dimensions": [
            { "code": "X", "name_zh": "算力", "name_en": "Compute", "weight": 0.6, "indicators": [
              { "code": "compute_capacity_pflops", "name_zh": "智能算力规模", "name_en": "AI compute capacity", "unit": "PFLOPS",
                "direction": "+", "weight": 0.5, "source": { "type": "park_report", "field": "compute_capacity_pflops" }, "goalposts": [0, 100] },
              { "code": "pue", "name_zh": "数据中心PUE", "name_en": "PUE", "unit": "ratio",
                "direction": "-", "weight": 0.5, "source": { "type": "park_report", "field": "pue" }, "goalposts": [1, 2] } ] },
            { "code": "Y", "name_zh": "场景", "name_en": "Scenarios", "weight": 0.4, "indicators": [
              { "code": "scenarios_opened", "name_zh": "开放应用场景数", "name_en": "Scenarios opened", "unit": "个",
                "direction": "+", "weight": 0.25, "source": { "type": "park_report", "field": "scenarios_opened" }, "goalposts": [0, 50] },
              { "code": "demonstration_projects", "name_zh": "示范应用项目数", "name_en": "Demonstration projects", "unit": "个",
                "direction": "+", "weight": 0.75, "source": { "type": "park_report", "field": "demonstration_projects" }, "goalposts": [0, 10] } ] }
          ]
        }
        """);

    public static ParkIndexMethod Small(string normalisation = "min-max", string aggregation = "arithmetic")
        => ParkIndexMethodLoader.Parse(SmallJson(normalisation, aggregation), "test-method.json", Ref);

    public static readonly string[] FourParks = ["SHAIP01", "SHAIP02", "SHAIP03", "SHAIP04"];

    public static readonly string[] SmallCodes = ["compute_capacity_pflops", "pue", "scenarios_opened", "demonstration_projects"];

    /// <summary>The hand-worked example: compute, pue, scenarios, demonstration projects for 4 parks.</summary>
    public static IndicatorMatrix FourParkMatrix() => new(FourParks, SmallCodes,
    [
        10, 1.2, 5, 7,
        20, 1.5, 15, 4,
        30, 1.3, 10, 6,
        50, 1.6, 25, 2,
    ]);

    /// <summary>12 parks x the embedded method's 19 indicators, complete, seeded; financing_raised has one big outlier.</summary>
    public static IndicatorMatrix TwelveParks(int seed = 42)
    {
        var method = Embedded;
        var codes = method.Indicators.Select(i => i.Code).ToList();
        var parks = Ref.Parks.Select(p => p.ParkId).ToList();
        var rng = new Random(seed);
        var v = new double[parks.Count * codes.Count];
        for (var p = 0; p < parks.Count; p++)
        {
            for (var k = 0; k < codes.Count; k++)
            {
                v[(p * codes.Count) + k] = codes[k] switch
                {
                    "pue" => 1.1 + (rng.NextDouble() * 0.6),
                    "ethics_review" => rng.Next(2),
                    "financing_raised" => p == 3 ? 90000 : 1000 + (rng.NextDouble() * 2000),
                    "ai_revenue_yoy" => -10 + (rng.NextDouble() * 50),
                    _ => Math.Round(1 + (rng.NextDouble() * 100), 2),
                };
            }
        }

        return new IndicatorMatrix(parks, codes, v);
    }
}
