using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>A park's score of one vintage as <c>park_scores</c> keeps it (for score trends across periods).</summary>
public sealed record StoredParkScore(
    string ParkId,
    Period Period,
    double? Score,
    int? Rank,
    int? RankP05,
    int? RankP95,
    double? RankMedian,
    IReadOnlyDictionary<string, double> Dimensions,
    string MethodVersion,
    IReadOnlyList<string> Flags);
