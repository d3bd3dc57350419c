namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>The Monte Carlo outcome: per park median rank and 5th-95th percentile rank interval; sensitivity.</summary>
public sealed class UncertaintyResult
{
    internal UncertaintyResult(IReadOnlyList<string> parkIds, int runs, ulong seed, double[] median, int[] p05, int[] p95,
        IReadOnlyList<SensitivityShare> sensitivity)
    {
        ParkIds = parkIds;
        Runs = runs;
        Seed = seed;
        MedianRanks = median;
        P05 = p05;
        P95 = p95;
        Sensitivity = sensitivity;
    }

    public IReadOnlyList<string> ParkIds { get; }

    public int Runs { get; }

    public ulong Seed { get; }

    /// <summary>Per park (matrix order): median rank over runs (NaN without a score).</summary>
    public IReadOnlyList<double> MedianRanks { get; }

    /// <summary>Per park: 5th percentile of ranks (nearest-rank definition; 0 without a score).</summary>
    public IReadOnlyList<int> P05 { get; }

    /// <summary>Per park: 95th percentile of ranks.</summary>
    public IReadOnlyList<int> P95 { get; }

    public IReadOnlyList<SensitivityShare> Sensitivity { get; }

    private int Index(string parkId)
    {
        for (var i = 0; i < ParkIds.Count; i++)
        {
            if (ParkIds[i] == parkId)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"park '{parkId}' is not in the analysis");
    }

    public (int P05, int P95) Interval(string parkId) => (P05[Index(parkId)], P95[Index(parkId)]);

    public double MedianRank(string parkId) => MedianRanks[Index(parkId)];
}
