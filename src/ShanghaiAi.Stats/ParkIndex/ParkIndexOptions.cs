namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>Settings of one index run; all optional.</summary>
/// <param name="Method">The method to use; default the embedded method of the reference edition.</param>
/// <param name="Runs">Overrides the method's number of Monte Carlo runs.</param>
/// <param name="Seed">Overrides the method's seed.</param>
/// <param name="Persist">Store the scores in the warehouse table park_scores (for trends); default true.</param>
/// <param name="TrendPeriods">How many periods the trend chart covers, the close period included.</param>
public sealed record ParkIndexOptions(
    ParkIndexMethod? Method = null,
    int? Runs = null,
    ulong? Seed = null,
    bool Persist = true,
    int TrendPeriods = 12,
    TimeProvider? Clock = null);
