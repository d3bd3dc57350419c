namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>
/// Step 2 for one indicator (as COINr's treatment, OECD/JRC Handbook 2008): when |skewness| &gt; threshold and excess
/// kurtosis &gt; threshold, winsorise one point at a time on the skewed side (the j most extreme values are set to
/// the (j+1)-th), up to the maximum; if the indicator is still skewed, undo that and log-transform instead:
/// ln(1 + (x - min) / sd) for right skew, -ln(1 + (max - x) / sd) for left skew. Both keep the order of values and,
/// like min-max, do not depend on the indicator's unit. Moments are the bias-adjusted sample skewness and excess
/// kurtosis of COINr and Excel's SKEW/KURT: G1 = g1 sqrt(n(n-1)) / (n-2), G2 = ((n+1) g2 + 6)(n-1) / ((n-2)(n-3)),
/// from the population g1 = m3 / m2^1.5 and g2 = m4 / m2^2 - 3. An indicator with at most two distinct values (a
/// yes/no indicator) is never treated.
/// </summary>
internal static class OutlierTreatment
{
    public static IndicatorTreatment Apply(string code, double[] x, OutlierSettings settings)
    {
        if (x.Length < settings.MinParks || DistinctAtMostTwo(x))
        {
            return new IndicatorTreatment(code, IndicatorTreatment.None, 0, double.NaN, double.NaN);
        }

        var (skew, kurt) = Moments(x);
        if (!Skewed(skew, kurt, settings))
        {
            return new IndicatorTreatment(code, IndicatorTreatment.None, 0, skew, kurt);
        }

        var right = skew > 0;
        var order = Enumerable.Range(0, x.Length).OrderBy(i => right ? -x[i] : x[i]).ToArray();
        var y = (double[])x.Clone();
        for (var j = 1; j <= settings.MaxWinsorised && j < x.Length; j++)
        {
            var cap = x[order[j]];
            for (var t = 0; t < j; t++)
            {
                y[order[t]] = cap;
            }

            var (s, k) = Moments(y);
            if (!Skewed(s, k, settings))
            {
                Array.Copy(y, x, x.Length);
                return new IndicatorTreatment(code, IndicatorTreatment.Winsorised, j, skew, kurt);
            }
        }

        var min = x.Min();
        var max = x.Max();
        var sd = Math.Sqrt(Variance(x));
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = right ? Math.Log(1 + ((x[i] - min) / sd)) : -Math.Log(1 + ((max - x[i]) / sd));
        }

        return new IndicatorTreatment(code, IndicatorTreatment.Log, 0, skew, kurt);
    }

    private static bool Skewed(double skew, double kurt, OutlierSettings s)
        => !double.IsNaN(skew) && Math.Abs(skew) > s.SkewThreshold && kurt > s.KurtosisThreshold;

    private static bool DistinctAtMostTwo(double[] x)
    {
        var a = x[0];
        double? b = null;
        foreach (var v in x)
        {
            if (v == a || v == b)
            {
                continue;
            }

            if (b is null)
            {
                b = v;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static double Variance(double[] x)
    {
        var mean = x.Average();
        var m2 = 0.0;
        foreach (var v in x)
        {
            m2 += (v - mean) * (v - mean);
        }

        return m2 / x.Length;
    }

    /// <summary>Bias-adjusted sample skewness G1 and excess kurtosis G2, as Excel's SKEW and KURT (NaN when the
    /// values are constant or fewer than four).</summary>
    public static (double Skewness, double Kurtosis) Moments(double[] x)
    {
        var mean = x.Average();
        double m2 = 0, m3 = 0, m4 = 0;
        foreach (var v in x)
        {
            var d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
            m4 += d * d * d * d;
        }

        m2 /= x.Length;
        m3 /= x.Length;
        m4 /= x.Length;
        if (m2 <= 0 || x.Length < 4)
        {
            return (double.NaN, double.NaN);
        }

        double n = x.Length;
        var g1 = m3 / Math.Pow(m2, 1.5);
        var g2 = (m4 / (m2 * m2)) - 3;
        return (g1 * Math.Sqrt(n * (n - 1)) / (n - 2), (((n + 1) * g2) + 6) * (n - 1) / ((n - 2) * (n - 3)));
    }
}
