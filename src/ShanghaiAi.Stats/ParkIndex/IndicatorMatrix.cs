namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>
/// The raw indicator values of the index: one row per park, one column per method indicator (framework order),
/// <see cref="double.NaN"/> where a value is missing (not reported, suppressed, or undefined).
/// </summary>
public sealed class IndicatorMatrix
{
    private readonly double[] _values;

    public IndicatorMatrix(IReadOnlyList<string> parkIds, IReadOnlyList<string> indicatorCodes, double[] values)
    {
        if (values.Length != parkIds.Count * indicatorCodes.Count)
        {
            throw new ArgumentException($"expected {parkIds.Count} x {indicatorCodes.Count} values, found {values.Length}", nameof(values));
        }

        ParkIds = parkIds.ToArray();
        IndicatorCodes = indicatorCodes.ToArray();
        _values = (double[])values.Clone();
    }

    public IReadOnlyList<string> ParkIds { get; }

    public IReadOnlyList<string> IndicatorCodes { get; }

    public int ParkCount => ParkIds.Count;

    public int IndicatorCount => IndicatorCodes.Count;

    /// <summary>The value of park <paramref name="park"/>, indicator <paramref name="indicator"/> (NaN = missing).</summary>
    public double this[int park, int indicator] => _values[(park * IndicatorCount) + indicator];

    /// <summary>The value for a park id and indicator code.</summary>
    public double Get(string parkId, string indicatorCode)
        => this[IndexOfPark(parkId), IndexOfIndicator(indicatorCode)];

    public int IndexOfPark(string parkId)
    {
        for (var i = 0; i < ParkIds.Count; i++)
        {
            if (ParkIds[i] == parkId)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"park '{parkId}' is not in the matrix");
    }

    public int IndexOfIndicator(string code)
    {
        for (var i = 0; i < IndicatorCodes.Count; i++)
        {
            if (IndicatorCodes[i] == code)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"indicator '{code}' is not in the matrix");
    }

    /// <summary>A copy of the values (row-major, park by park).</summary>
    public double[] ToArray() => (double[])_values.Clone();

    /// <summary>A copy with one value replaced.</summary>
    public IndicatorMatrix With(string parkId, string indicatorCode, double value)
    {
        var v = ToArray();
        v[(IndexOfPark(parkId) * IndicatorCount) + IndexOfIndicator(indicatorCode)] = value;
        return new IndicatorMatrix(ParkIds, IndicatorCodes, v);
    }

    /// <summary>A copy with one indicator column transformed (e.g. a unit change).</summary>
    public IndicatorMatrix MapIndicator(string indicatorCode, Func<double, double> map)
    {
        var k = IndexOfIndicator(indicatorCode);
        var v = ToArray();
        for (var p = 0; p < ParkCount; p++)
        {
            v[(p * IndicatorCount) + k] = map(v[(p * IndicatorCount) + k]);
        }

        return new IndicatorMatrix(ParkIds, IndicatorCodes, v);
    }

    /// <summary>A copy without one indicator column.</summary>
    public IndicatorMatrix WithoutIndicator(string indicatorCode)
    {
        var k = IndexOfIndicator(indicatorCode);
        var codes = IndicatorCodes.Where((_, i) => i != k).ToList();
        var v = new double[ParkCount * codes.Count];
        var n = 0;
        for (var p = 0; p < ParkCount; p++)
        {
            for (var i = 0; i < IndicatorCount; i++)
            {
                if (i != k)
                {
                    v[n++] = this[p, i];
                }
            }
        }

        return new IndicatorMatrix(ParkIds, codes, v);
    }
}
