using ShanghaiAi.Stats.ParkIndex;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>How a release is made: the park index's Monte Carlo settings, and more writers of the public part.</summary>
/// <param name="Parks">Runs and seed of the park index's uncertainty analysis (default: the method's).</param>
/// <param name="PublicWriters">Writers run after the release's own public writers, into the same public folder.</param>
public sealed record ReleaseOptions(ParkIndexOptions? Parks = null, IReadOnlyList<IReleaseWriter>? PublicWriters = null)
{
    public static ReleaseOptions Default { get; } = new();
}
