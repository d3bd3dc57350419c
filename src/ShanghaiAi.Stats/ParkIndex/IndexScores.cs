namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>
/// The result of one scoring pass: normalised (imputed) indicator values, dimension scores, index scores and ranks
/// of every park (NaN score and rank 0 for a park without a score).
/// </summary>
public sealed class IndexScores
{
    private readonly double[] _normalised;
    private readonly double[] _dimensions;
    private readonly double[] _scores;
    private readonly int[] _ranks;

    internal IndexScores(PreparedIndex prepared, double[] normalised, double[] dimensions, double[] scores, int[] ranks)
    {
        Prepared = prepared;
        _normalised = normalised;
        _dimensions = dimensions;
        _scores = scores;
        _ranks = ranks;
    }

    public PreparedIndex Prepared { get; }

    public ParkIndexMethod Method => Prepared.Method;

    public IReadOnlyList<string> ParkIds => Prepared.Raw.ParkIds;

    public IReadOnlyList<string> IndicatorCodes => Prepared.Raw.IndicatorCodes;

    public IReadOnlyList<IndicatorTreatment> Treatments => Prepared.Treatments;

    private int P(string parkId) => Prepared.Raw.IndexOfPark(parkId);

    private int K(string code) => Prepared.Raw.IndexOfIndicator(code);

    private int D(string code)
    {
        for (var d = 0; d < Method.Dimensions.Count; d++)
        {
            if (Method.Dimensions[d].Code == code)
            {
                return d;
            }
        }

        throw new KeyNotFoundException($"dimension '{code}' is not in the method");
    }

    public bool HasScore(string parkId) => Prepared.Eligible[P(parkId)];

    /// <summary>The index score, or null for a park without a score.</summary>
    public double? Score(string parkId) => HasScore(parkId) ? _scores[P(parkId)] : null;

    /// <summary>The rank (1 = best), or null for a park without a score.</summary>
    public int? Rank(string parkId) => HasScore(parkId) ? _ranks[P(parkId)] : null;

    public double? DimensionScore(string parkId, string dimensionCode)
        => HasScore(parkId) ? _dimensions[(P(parkId) * Prepared.DimensionCount) + D(dimensionCode)] : null;

    /// <summary>The normalised value used for scoring (imputed where missing); null for a park without a score.</summary>
    public double? Normalised(string parkId, string indicatorCode)
        => HasScore(parkId) ? _normalised[(P(parkId) * Prepared.IndicatorCount) + K(indicatorCode)] : null;

    public bool IsImputed(string parkId, string indicatorCode)
        => Prepared.Imputed[(P(parkId) * Prepared.IndicatorCount) + K(indicatorCode)];

    public int MissingCount(string parkId) => Prepared.MissingCounts[P(parkId)];

    /// <summary>
    /// Each indicator's contribution, in index points, to the park's distance from the median park: dimension
    /// weight x indicator weight x (park's normalised value - median normalised value over parks with a score).
    /// Exact for arithmetic aggregation; an approximation for geometric. Empty for a park without a score.
    /// </summary>
    public IReadOnlyDictionary<string, double> ContributionsVersusMedian(string parkId)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!HasScore(parkId))
        {
            return result;
        }

        var p = P(parkId);
        var kn = Prepared.IndicatorCount;
        var column = new double[Prepared.EligibleParks.Length];
        for (var k = 0; k < kn; k++)
        {
            for (var i = 0; i < column.Length; i++)
            {
                column[i] = _normalised[(Prepared.EligibleParks[i] * kn) + k];
            }

            var median = Median(column);
            var w = Prepared.DimensionWeights[Prepared.DimensionOf[k]] * Prepared.IndicatorWeights[k];
            result[IndicatorCodes[k]] = w * (_normalised[(p * kn) + k] - median);
        }

        return result;
    }

    internal double[] ScoresArray => _scores;

    internal int[] RanksArray => _ranks;

    internal static double Median(double[] values)
    {
        var s = (double[])values.Clone();
        Array.Sort(s);
        var n = s.Length;
        return n == 0 ? double.NaN : n % 2 == 1 ? s[n / 2] : (s[(n / 2) - 1] + s[n / 2]) / 2;
    }
}
