namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>One park row of the return's park-index sheet (rank order; parks without a score last).</summary>
/// <param name="Dimensions">Dimension scores in the method's dimension order (null without a score).</param>
public sealed record ParkScoreSheetRow(
    string ParkId,
    string NameZh,
    double? Score,
    int? Rank,
    int? RankP05,
    int? RankP95,
    IReadOnlyList<double?> Dimensions,
    string NoteZh);
