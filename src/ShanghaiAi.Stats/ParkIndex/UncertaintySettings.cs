namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>
/// The Monte Carlo uncertainty analysis (step 5): <see cref="Runs"/> seeded runs, each drawing every weight from
/// weight x U(1 - spread, 1 + spread) (renormalised), one normalisation and one aggregation uniformly from the lists.
/// Continuous factors are binned into <see cref="WeightBins"/> equal-width bins for the first-order sensitivity.
/// </summary>
public sealed record UncertaintySettings(
    int Runs,
    ulong Seed,
    double WeightSpread,
    IReadOnlyList<Normalisation> Normalisations,
    IReadOnlyList<Aggregation> Aggregations,
    int WeightBins);
