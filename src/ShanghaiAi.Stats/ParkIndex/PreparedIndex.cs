namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>
/// The index data after steps 1-3 (missing data, outliers, normalisation), held as flat arrays so that scoring and
/// every Monte Carlo run only aggregate and rank. Both normalisations of the uncertainty analysis (and goalposts)
/// are computed once here, with missing values imputed and the logs for geometric aggregation precomputed.
/// </summary>
public sealed class PreparedIndex
{
    internal PreparedIndex(ParkIndexMethod method, IndicatorMatrix raw)
    {
        Method = method;
        Raw = raw;
        ParkCount = raw.ParkCount;
        IndicatorCount = raw.IndicatorCount;
        DimensionCount = method.Dimensions.Count;
        DimensionOf = new int[IndicatorCount];
        DimensionStart = new int[DimensionCount + 1];
        IndicatorWeights = new double[IndicatorCount];
        DimensionWeights = new double[DimensionCount];
        var k = 0;
        for (var d = 0; d < DimensionCount; d++)
        {
            DimensionStart[d] = k;
            DimensionWeights[d] = method.Dimensions[d].Weight;
            foreach (var ind in method.Dimensions[d].Indicators)
            {
                DimensionOf[k] = d;
                IndicatorWeights[k] = ind.Weight;
                k++;
            }
        }

        DimensionStart[DimensionCount] = k;
        Eligible = new bool[ParkCount];
        MissingCounts = new int[ParkCount];
        Treated = new double[ParkCount * IndicatorCount];
        Imputed = new bool[ParkCount * IndicatorCount];
        Normalised = new double[3][];
        Logs = new double[3][];
    }

    public ParkIndexMethod Method { get; }

    public IndicatorMatrix Raw { get; }

    public int ParkCount { get; }

    public int IndicatorCount { get; }

    public int DimensionCount { get; }

    /// <summary>Dimension index of each indicator.</summary>
    internal int[] DimensionOf { get; }

    /// <summary>First indicator index of each dimension; the last entry is the indicator count.</summary>
    internal int[] DimensionStart { get; }

    /// <summary>Nominal weights of the indicators within their dimension (sum 1 per dimension).</summary>
    internal double[] IndicatorWeights { get; }

    /// <summary>Nominal dimension weights (sum 1).</summary>
    internal double[] DimensionWeights { get; }

    /// <summary>Parks with at most the allowed share of indicators missing.</summary>
    internal bool[] Eligible { get; }

    internal int[] EligibleParks { get; set; } = [];

    internal int[] MissingCounts { get; }

    /// <summary>Values after outlier treatment (NaN = missing), park-major.</summary>
    internal double[] Treated { get; }

    /// <summary>True where a normalised value was imputed.</summary>
    internal bool[] Imputed { get; }

    /// <summary>True where the imputation fell back to the indicator's mean (no other indicator in the dimension).</summary>
    internal bool[] ImputedByIndicatorMean { get; set; } = [];

    internal IndicatorTreatment[] Treatments { get; set; } = [];

    /// <summary>Normalised, imputed values per <see cref="Normalisation"/> (index = enum value); ineligible parks NaN.</summary>
    internal double[][] Normalised { get; }

    /// <summary>ln(normalised + geometric offset) per normalisation, for geometric aggregation.</summary>
    internal double[][] Logs { get; }
}
