namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// Optional inputs of the dashboard. Park scores come as rows (the park index of the release, in memory); when none
/// are given the section says "not available". Charts are rendered into the dashboard unless
/// <paramref name="ChartsDir"/> names a folder of charts already written (they are copied). The imputed share of each
/// total (close-summary.json) is shown on the headline cards when given.
/// </summary>
public sealed record DashboardOptions(
    IReadOnlyList<DashboardParkScore>? ParkScores = null,
    string? ChartsDir = null,
    IReadOnlyDictionary<string, decimal>? ImputedSharePct = null)
{
    public static DashboardOptions Default { get; } = new();
}
