namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>Steps 1-3 of the index (park-index.md): missing data, outlier treatment, normalisation (all schemes, once);
/// <see cref="ParkScorer"/> adds step 4.</summary>
public static class IndexPreparation
{
    /// <summary>Neutral values for an indicator nobody reported: the middle of min-max/goalposts, the z mean.</summary>
    private static readonly double[] Neutral = [50, 100, 50];

    /// <summary>
    /// Steps 1-3 on a raw matrix whose columns are the method's indicators in framework order.
    /// 1. A park missing more than the method's share of indicators is not eligible (no score, reported).
    /// 2. Outlier treatment per indicator over the eligible parks' observed values (<see cref="OutlierTreatment"/>).
    /// 3. Min-max and z-score over the treated values of eligible parks; goalposts on the raw values.
    ///    A missing value of an eligible park is then imputed, per normalisation, by the mean of that park's other
    ///    normalised indicators in the same dimension (raw units differ, so the mean is taken on the common scale);
    ///    with no other indicator in the dimension, by the indicator's mean over the parks.
    /// </summary>
    public static PreparedIndex Prepare(IndicatorMatrix matrix, ParkIndexMethod method)
    {
        var inds = method.Indicators;
        if (!inds.Select(i => i.Code).SequenceEqual(matrix.IndicatorCodes, StringComparer.Ordinal))
        {
            throw new ArgumentException("the matrix columns must be the method's indicators in framework order: "
                + string.Join(", ", inds.Select(i => i.Code)), nameof(matrix));
        }

        var prep = new PreparedIndex(method, matrix);
        var pn = prep.ParkCount;
        var kn = prep.IndicatorCount;
        var raw = matrix.ToArray();
        var eligible = new List<int>();
        for (var p = 0; p < pn; p++)
        {
            var missing = 0;
            for (var k = 0; k < kn; k++)
            {
                if (double.IsNaN(raw[(p * kn) + k]))
                {
                    missing++;
                }
            }

            prep.MissingCounts[p] = missing;
            prep.Eligible[p] = missing < kn && missing <= (method.MaxMissingShare * kn) + 1e-6;
            if (prep.Eligible[p])
            {
                eligible.Add(p);
            }
        }

        prep.EligibleParks = [.. eligible];
        Array.Copy(raw, prep.Treated, raw.Length);
        prep.Treatments = new IndicatorTreatment[kn];
        for (var k = 0; k < kn; k++)
        {
            var rows = eligible.Where(p => !double.IsNaN(raw[(p * kn) + k])).ToArray();
            var x = rows.Select(p => raw[(p * kn) + k]).ToArray();
            prep.Treatments[k] = OutlierTreatment.Apply(inds[k].Code, x, method.Outliers);
            for (var i = 0; i < rows.Length; i++)
            {
                prep.Treated[(rows[i] * kn) + k] = x[i];
            }
        }

        prep.ImputedByIndicatorMean = new bool[pn * kn];
        foreach (var scheme in new[] { Normalisation.MinMax, Normalisation.ZScore, Normalisation.Goalposts })
        {
            var values = Normalise(prep, inds, raw, scheme);
            Impute(prep, values, scheme);
            prep.Normalised[(int)scheme] = values;
            var logs = new double[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                logs[i] = Math.Log(Math.Max(values[i] + method.GeometricOffset, 1e-9));
            }

            prep.Logs[(int)scheme] = logs;
        }

        return prep;
    }

    private static double[] Normalise(PreparedIndex prep, IReadOnlyList<MethodIndicator> inds, double[] raw, Normalisation scheme)
    {
        var kn = prep.IndicatorCount;
        var values = new double[prep.ParkCount * kn];
        Array.Fill(values, double.NaN);
        for (var k = 0; k < kn; k++)
        {
            var ind = inds[k];
            double min = double.MaxValue, max = double.MinValue, sum = 0, sq = 0;
            var n = 0;
            foreach (var p in prep.EligibleParks)
            {
                var v = prep.Treated[(p * kn) + k];
                if (!double.IsNaN(v))
                {
                    min = Math.Min(min, v);
                    max = Math.Max(max, v);
                    sum += v;
                    n++;
                }
            }

            var mean = n > 0 ? sum / n : 0;
            foreach (var p in prep.EligibleParks)
            {
                var v = prep.Treated[(p * kn) + k];
                if (!double.IsNaN(v))
                {
                    sq += (v - mean) * (v - mean);
                }
            }

            var sd = n > 0 ? Math.Sqrt(sq / n) : 0;
            foreach (var p in prep.EligibleParks)
            {
                var v = prep.Treated[(p * kn) + k];
                if (double.IsNaN(v))
                {
                    continue;
                }

                values[(p * kn) + k] = scheme switch
                {
                    Normalisation.MinMax => max > min ? (ind.Direction > 0 ? v - min : max - v) / (max - min) * 100 : 50,
                    Normalisation.ZScore => sd > 0 ? 100 + (10 * ind.Direction * (v - mean) / sd) : 100,
                    _ => GoalpostValue(ind, raw[(p * kn) + k], min, max, v),
                };
            }
        }

        return values;
    }

    private static double GoalpostValue(MethodIndicator ind, double raw, double min, double max, double treated)
    {
        if (ind.GoalLow is not { } lo || ind.GoalHigh is not { } hi)
        {
            return max > min ? (ind.Direction > 0 ? treated - min : max - treated) / (max - min) * 100 : 50;
        }

        var share = (ind.Direction > 0 ? raw - lo : hi - raw) / (hi - lo);
        return Math.Clamp(share, 0, 1) * 100;
    }

    private static void Impute(PreparedIndex prep, double[] values, Normalisation scheme)
    {
        var kn = prep.IndicatorCount;
        var fill = new List<(int Index, double Value, bool ByIndicator)>();
        foreach (var p in prep.EligibleParks)
        {
            for (var k = 0; k < kn; k++)
            {
                if (!double.IsNaN(values[(p * kn) + k]))
                {
                    continue;
                }

                var d = prep.DimensionOf[k];
                double sum = 0;
                var n = 0;
                for (var i = prep.DimensionStart[d]; i < prep.DimensionStart[d + 1]; i++)
                {
                    if (!double.IsNaN(values[(p * kn) + i]))
                    {
                        sum += values[(p * kn) + i];
                        n++;
                    }
                }

                if (n > 0)
                {
                    fill.Add(((p * kn) + k, sum / n, false));
                    continue;
                }

                sum = 0;
                foreach (var q in prep.EligibleParks)
                {
                    if (!double.IsNaN(values[(q * kn) + k]))
                    {
                        sum += values[(q * kn) + k];
                        n++;
                    }
                }

                fill.Add(((p * kn) + k, n > 0 ? sum / n : Neutral[(int)scheme], true));
            }
        }

        foreach (var (index, value, byIndicator) in fill)
        {
            values[index] = value;
            prep.Imputed[index] = true;
            prep.ImputedByIndicatorMean[index] |= byIndicator;
        }
    }
}
