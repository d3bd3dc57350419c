namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>
/// The park-index method (reference-data/park-index/method-YYYY.json), validated at load: framework (dimensions,
/// indicators, sources, directions, weights) and the choices of each computation step.
/// </summary>
/// <param name="Version">Method version written with every score (method_version).</param>
/// <param name="MaxMissingShare">A park missing more than this share of indicators gets no score.</param>
/// <param name="GeometricOffset">Geometric aggregation averages (v + offset) so that a 0 does not zero a score.</param>
public sealed record ParkIndexMethod(
    string Version,
    string TitleZh,
    string TitleEn,
    Normalisation Normalisation,
    Aggregation Aggregation,
    double GeometricOffset,
    double MaxMissingShare,
    OutlierSettings Outliers,
    UncertaintySettings Uncertainty,
    IReadOnlyList<MethodDimension> Dimensions)
{
    /// <summary>Every indicator in framework order (dimension by dimension).</summary>
    public IReadOnlyList<MethodIndicator> Indicators => Dimensions.SelectMany(d => d.Indicators).ToList();

    /// <summary>The method without one indicator; its dimension's remaining weights are renormalised to sum to 1.</summary>
    public ParkIndexMethod WithoutIndicator(string code)
    {
        var dims = new List<MethodDimension>();
        foreach (var d in Dimensions)
        {
            var kept = d.Indicators.Where(i => i.Code != code).ToList();
            if (kept.Count == d.Indicators.Count)
            {
                dims.Add(d);
                continue;
            }

            if (kept.Count == 0)
            {
                throw new ArgumentException($"removing {code} would leave dimension {d.Code} empty", nameof(code));
            }

            var sum = kept.Sum(i => i.Weight);
            dims.Add(d with { Indicators = kept.Select(i => i with { Weight = i.Weight / sum }).ToList() });
        }

        return this with { Dimensions = dims };
    }

    /// <summary>The method with one indicator's direction reversed.</summary>
    public ParkIndexMethod WithDirection(string code, int direction)
        => this with
        {
            Dimensions = Dimensions.Select(d => d with
            {
                Indicators = d.Indicators.Select(i => i.Code == code ? i with { Direction = direction } : i).ToList(),
            }).ToList(),
        };
}
