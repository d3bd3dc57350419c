using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>The outcome of <c>ParkIndexRunner.Run</c>: scores, explanations, sensitivity, trend and files.</summary>
public sealed record ParkIndexResult(
    Period Period,
    string VintageId,
    string MethodVersion,
    IReadOnlyList<ParkScore> Scores,
    IReadOnlyList<ParkExplanation> Explanations,
    IReadOnlyList<SensitivityShare> Sensitivity,
    IReadOnlyList<IndicatorTreatment> Treatments,
    IReadOnlyList<ParkTrendPoint> Trend,
    ParkScoreSheet Sheet,
    ParkIndexFiles Files);
