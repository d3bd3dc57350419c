using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>The outcome of <c>ParkIndexRunner.Run</c>: scores, explanations, uncertainty, trend (in memory; the release writes the files).</summary>
public sealed record ParkIndexResult(
    Period Period,
    string VintageId,
    ParkIndexMethod Method,
    IReadOnlyList<ParkScore> Scores,
    IReadOnlyList<ParkExplanation> Explanations,
    UncertaintyResult Uncertainty,
    IReadOnlyList<IndicatorTreatment> Treatments,
    IReadOnlyList<ParkTrendPoint> Trend,
    ParkScoreSheet Sheet)
{
    public string MethodVersion => Method.Version;

    public IReadOnlyList<SensitivityShare> Sensitivity => Uncertainty.Sensitivity;
}
