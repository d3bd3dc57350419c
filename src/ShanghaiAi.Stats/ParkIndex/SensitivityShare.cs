namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>
/// The share of rank variance explained by one assumption (first-order sensitivity index S = Var(E[rank | X]) /
/// Var(rank)), over all parks (sum of numerators over sum of variances) and per park.
/// </summary>
/// <param name="Assumption">normalisation, aggregation, weight:A..weight:F, or residual (interactions and indicator weights).</param>
public sealed record SensitivityShare(string Assumption, double Share, IReadOnlyDictionary<string, double> ByPark);
