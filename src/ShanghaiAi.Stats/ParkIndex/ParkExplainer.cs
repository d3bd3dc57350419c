using System.Globalization;
using System.Text;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>
/// Writes the explanations of step 6. Drivers are the indicators' contributions in index points against the median
/// park (<see cref="IndexScores.ContributionsVersusMedian"/>): the two largest positive ones lift, the two most
/// negative ones pull (contributions under 0.05 points are not mentioned).
/// </summary>
public static class ParkExplainer
{
    private const int Top = 2;
    private const double Threshold = 0.05;

    public static IReadOnlyList<ParkExplanation> Explain(IndexScores scores, UncertaintyResult? uncertainty, ReferenceData reference)
    {
        var method = scores.Method;
        var byCode = method.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var scored = scores.ParkIds.Count(scores.HasScore);
        var list = new List<ParkExplanation>();
        foreach (var id in scores.ParkIds)
        {
            var park = reference.ParksById.GetValueOrDefault(id);
            var nameZh = park?.NameZh ?? id;
            var nameEn = park?.NameEn ?? id;
            if (!scores.HasScore(id))
            {
                var m = scores.MissingCount(id);
                var k = scores.IndicatorCodes.Count;
                list.Add(new ParkExplanation(id, new Dictionary<string, double>(), [], [],
                    Inv($"{nameZh}本期缺失{m}项指标（共{k}项，超过三分之一），不计算得分。"),
                    Inv($"{nameEn} has no score this period: {m} of {k} indicators are missing (more than a third).")));
                continue;
            }

            var dims = method.Dimensions.ToDictionary(d => d.Code, d => scores.DimensionScore(id, d.Code)!.Value, StringComparer.Ordinal);
            var contributions = scores.ContributionsVersusMedian(id);
            var lifts = contributions.Where(c => c.Value >= Threshold).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Take(Top).Select(c => Driver(byCode[c.Key], c.Value)).ToList();
            var pulls = contributions.Where(c => c.Value <= -Threshold).OrderBy(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Take(Top).Select(c => Driver(byCode[c.Key], c.Value)).ToList();
            // A dimension with no spread across the scored parks is nobody's strength or weakness.
            var varying = method.Dimensions.Where(d => Varies(scores, d.Code)).ToList();
            var best = varying.OrderByDescending(d => dims[d.Code]).FirstOrDefault();
            var worst = varying.OrderBy(d => dims[d.Code]).FirstOrDefault();
            var imputed = method.Indicators.Where(i => scores.IsImputed(id, i.Code)).ToList();
            (int Lo, int Hi)? interval = uncertainty is null ? null : uncertainty.Interval(id);

            var zh = new StringBuilder();
            zh.Append(Inv($"{nameZh}综合得分{scores.Score(id):0.0}，在{scored}个园区中排名第{scores.Rank(id)}"));
            zh.Append(interval is { } iz ? Inv($"（不确定性分析90%区间：第{iz.Lo}-{iz.Hi}名）。") : "。");
            if (best is not null && worst is not null && varying.Count >= 2)
            {
                zh.Append(Inv($"优势维度：{best.NameZh}（{dims[best.Code]:0.0}分）；薄弱维度：{worst.NameZh}（{dims[worst.Code]:0.0}分）。"));
            }

            var en = new StringBuilder();
            en.Append(Inv($"{nameEn} scores {scores.Score(id):0.0}, rank {scores.Rank(id)} of {scored}"));
            en.Append(interval is { } ie ? Inv($" (90% of simulations: rank {ie.Lo}-{ie.Hi}). ") : ". ");
            if (best is not null && worst is not null && varying.Count >= 2)
            {
                en.Append(Inv($"Strongest dimension: {best.NameEn} ({dims[best.Code]:0.0}); weakest: {worst.NameEn} ({dims[worst.Code]:0.0})."));
            }

            if (lifts.Count > 0 || pulls.Count > 0)
            {
                zh.Append("与中位园区相比，");
                en.Append(" Against the median park, it is");
                if (lifts.Count > 0)
                {
                    zh.Append("拉升得分最多的是").Append(string.Join("、", lifts.Select(d => Inv($"{d.NameZh}（{d.Points:+0.0;-0.0}分）"))));
                    en.Append(" lifted most by ").Append(string.Join(" and ", lifts.Select(d => Inv($"{d.NameEn} ({d.Points:+0.0;-0.0} points)"))));
                }

                if (pulls.Count > 0)
                {
                    zh.Append(lifts.Count > 0 ? "；" : string.Empty).Append("拖累最多的是").Append(string.Join("、", pulls.Select(d => Inv($"{d.NameZh}（{d.Points:+0.0;-0.0}分）"))));
                    en.Append(lifts.Count > 0 ? ", and" : string.Empty).Append(" pulled down most by ")
                        .Append(string.Join(" and ", pulls.Select(d => Inv($"{d.NameEn} ({d.Points:+0.0;-0.0} points)"))));
                }

                zh.Append('。');
                en.Append('.');
            }

            if (imputed.Count > 0)
            {
                zh.Append("缺失并按同维度其他指标均值插补的指标：").Append(string.Join("、", imputed.Select(i => i.NameZh))).Append('。');
                en.Append(" Missing and imputed from the park's other indicators of the dimension: ").Append(string.Join(", ", imputed.Select(i => i.NameEn))).Append('.');
            }

            list.Add(new ParkExplanation(id, dims, lifts, pulls, zh.ToString(), en.ToString()));
        }

        return list;
    }

    /// <summary>True when the dimension's score differs between the parks with a score.</summary>
    internal static bool Varies(IndexScores scores, string dimension)
    {
        var values = scores.ParkIds.Where(scores.HasScore).Select(p => scores.DimensionScore(p, dimension)!.Value).ToList();
        return values.Count > 1 && values.Max() - values.Min() > 1e-9;
    }

    private static IndicatorDriver Driver(MethodIndicator i, double points) => new(i.Code, i.NameZh, i.NameEn, points);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
