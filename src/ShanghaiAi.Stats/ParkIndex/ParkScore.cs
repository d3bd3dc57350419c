using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>
/// One row of park-scores.csv: a park's index score, rank and 5th-95th percentile rank interval from the
/// uncertainty analysis, its dimension scores (dimension code to score; empty without a score), the method version,
/// the median rank and flags (no-score, imputed:..., no-park-report, stale-report:YYYY-MM, interval-widened).
/// </summary>
public sealed record ParkScore(
    string ParkId,
    string NameZh,
    string NameEn,
    Period Period,
    double? Score,
    int? Rank,
    int? RankP05,
    int? RankP95,
    IReadOnlyDictionary<string, double> Dimensions,
    string MethodVersion,
    double? RankMedian,
    IReadOnlyList<string> Flags);
