namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>
/// Step 6 for one park: its dimension scores, the indicators that lift or pull it most against the median park,
/// and the same in a Chinese and an English sentence a planner can read.
/// </summary>
public sealed record ParkExplanation(
    string ParkId,
    IReadOnlyDictionary<string, double> DimensionScores,
    IReadOnlyList<IndicatorDriver> Lifts,
    IReadOnlyList<IndicatorDriver> Pulls,
    string TextZh,
    string TextEn);
