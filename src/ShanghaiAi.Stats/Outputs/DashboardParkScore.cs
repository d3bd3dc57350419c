namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// A park's intelligence score as the dashboard shows it (park-scores.csv or park-index-charts.json of the park index
/// stage). Score and rank are null for a park the index could not score.
/// </summary>
/// <param name="RankP05">5th percentile of the rank under the index's uncertainty analysis (best plausible rank).</param>
/// <param name="RankP95">95th percentile of the rank (worst plausible rank).</param>
public sealed record DashboardParkScore(string ParkId, decimal? Score, int? Rank, int? RankP05, int? RankP95);
