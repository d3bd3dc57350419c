namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>
/// Rank intervals and first-order sensitivity. Percentiles use the nearest-rank definition (the q-th percentile is
/// the smallest rank r with at least ceil(q N) runs at rank &lt;= r); the median of an even number of runs is the mean
/// of the two middle ranks. Sensitivity of assumption X for a park: S = Var(E[rank | X]) / Var(rank), estimated by
/// conditional means: groups are the values of a discrete choice (normalisation, aggregation), and for a dimension's
/// weight multiplier equal-width bins of U(1 - s, 1 + s). Binning adds a small positive bias of about
/// (bins - 1) / runs per assumption; the residual share (1 - sum of first-order shares, floored at 0) is what
/// interactions and the individual indicator weights explain together. Last, <see cref="UncertaintyAnalysis.WeightsTotalEffect"/>: the
/// total-effect share of all weights as one group, 1 - Var(E[rank | normalisation, aggregation]) / Var(rank)
/// (exact grouping by the four combinations; not part of the first-order sum).
/// </summary>
internal static class UncertaintySummary
{
    /// <summary>Rank intervals and sensitivity shares from the runs' ranks and the choices each run made.</summary>
    internal static UncertaintyResult Summarise(PreparedIndex prep, UncertaintySettings s, int[] runRanks, int[] normOf, int[] aggOf, double[] dimMult)
    {
        var runs = s.Runs;
        var pn = prep.ParkCount;
        var eligible = prep.EligibleParks;
        var en = eligible.Length;
        var median = new double[pn];
        var p05 = new int[pn];
        var p95 = new int[pn];
        Array.Fill(median, double.NaN);
        var counts = new int[en + 2];
        for (var e = 0; e < en; e++)
        {
            Array.Clear(counts);
            for (var r = 0; r < runs; r++)
            {
                counts[runRanks[(r * en) + e]]++;
            }

            var p = eligible[e];
            p05[p] = NthSmallest(counts, (int)Math.Ceiling(0.05 * runs));
            p95[p] = NthSmallest(counts, (int)Math.Ceiling(0.95 * runs));
            median[p] = runs % 2 == 1
                ? NthSmallest(counts, (runs + 1) / 2)
                : (NthSmallest(counts, runs / 2) + NthSmallest(counts, (runs / 2) + 1)) / 2.0;
        }

        var factors = new List<(string Name, int[] Group, int Groups)>
        {
            ("normalisation", normOf, s.Normalisations.Count),
            ("aggregation", aggOf, s.Aggregations.Count),
        };
        if (s.WeightSpread > 0)
        {
            var dn = prep.DimensionCount;
            for (var d = 0; d < dn; d++)
            {
                var bins = new int[runs];
                for (var r = 0; r < runs; r++)
                {
                    var u = (dimMult[(r * dn) + d] - (1 - s.WeightSpread)) / (2 * s.WeightSpread);
                    bins[r] = Math.Clamp((int)(u * s.WeightBins), 0, s.WeightBins - 1);
                }

                factors.Add(("weight:" + prep.Method.Dimensions[d].Code, bins, s.WeightBins));
            }
        }

        var ids = prep.Raw.ParkIds;
        var variance = new double[en];
        var means = new double[en];
        for (var e = 0; e < en; e++)
        {
            double sum = 0, sq = 0;
            for (var r = 0; r < runs; r++)
            {
                sum += runRanks[(r * en) + e];
            }

            means[e] = sum / runs;
            for (var r = 0; r < runs; r++)
            {
                var d = runRanks[(r * en) + e] - means[e];
                sq += d * d;
            }

            variance[e] = sq / runs;
        }

        var totalVariance = variance.Sum();
        var shares = new List<SensitivityShare>();
        var explained = new double[en];
        var explainedTotal = 0.0;
        foreach (var (name, group, groups) in factors)
        {
            var byPark = new Dictionary<string, double>(StringComparer.Ordinal);
            var numerator = 0.0;
            for (var e = 0; e < en; e++)
            {
                var v = ConditionalVariance(runRanks, e, en, runs, group, groups, means[e]);
                numerator += v;
                var share = variance[e] > 0 ? v / variance[e] : 0;
                explained[e] += share;
                byPark[ids[eligible[e]]] = share;
            }

            var overall = totalVariance > 0 ? numerator / totalVariance : 0;
            explainedTotal += overall;
            shares.Add(new SensitivityShare(name, overall, byPark));
        }

        var residual = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var e = 0; e < en; e++)
        {
            residual[ids[eligible[e]]] = variance[e] > 0 ? Math.Max(0, 1 - explained[e]) : 0;
        }

        shares.Add(new SensitivityShare(UncertaintyAnalysis.Residual, totalVariance > 0 ? Math.Max(0, 1 - explainedTotal) : 0, residual));

        // Weights as one group: what the discrete choices jointly leave unexplained (exact grouping, no binning).
        var combo = new int[runs];
        var aggCount = s.Aggregations.Count;
        for (var r = 0; r < runs; r++)
        {
            combo[r] = (normOf[r] * aggCount) + aggOf[r];
        }

        var weightsByPark = new Dictionary<string, double>(StringComparer.Ordinal);
        var jointNumerator = 0.0;
        for (var e = 0; e < en; e++)
        {
            var v = ConditionalVariance(runRanks, e, en, runs, combo, s.Normalisations.Count * aggCount, means[e]);
            jointNumerator += v;
            weightsByPark[ids[eligible[e]]] = variance[e] > 0 ? Math.Clamp(1 - (v / variance[e]), 0, 1) : 0;
        }

        shares.Add(new SensitivityShare(UncertaintyAnalysis.WeightsTotalEffect, totalVariance > 0 ? Math.Clamp(1 - (jointNumerator / totalVariance), 0, 1) : 0, weightsByPark));
        return new UncertaintyResult(ids, runs, s.Seed, median, p05, p95, shares);
    }

    private static double ConditionalVariance(int[] runRanks, int e, int en, int runs, int[] group, int groups, double mean)
    {
        var sums = new double[groups];
        var n = new int[groups];
        for (var r = 0; r < runs; r++)
        {
            sums[group[r]] += runRanks[(r * en) + e];
            n[group[r]]++;
        }

        var v = 0.0;
        for (var g = 0; g < groups; g++)
        {
            if (n[g] > 0)
            {
                var d = (sums[g] / n[g]) - mean;
                v += n[g] * d * d;
            }
        }

        return v / runs;
    }

    private static int NthSmallest(int[] counts, int n)
    {
        var cum = 0;
        for (var r = 0; r < counts.Length; r++)
        {
            cum += counts[r];
            if (cum >= n)
            {
                return r;
            }
        }

        return counts.Length - 1;
    }
}
