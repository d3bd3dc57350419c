namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>
/// Step 5, Monte Carlo uncertainty analysis (OECD/JRC Handbook 2008, section 7; COINr get_sensitivity). Each run
/// draws every indicator weight and every dimension weight as nominal x U(1 - s, 1 + s), renormalised within its
/// level, one normalisation and one aggregation uniformly from the method's lists, then aggregates and ranks the
/// prepared data. Nothing is re-read or re-normalised per run: both normalisations and their logs were computed
/// once by <see cref="IndexPreparation.Prepare"/>; the loop touches preallocated arrays only.
/// </summary>
public static class UncertaintyAnalysis
{
    /// <summary>The assumption name of the share no first-order assumption explains (interactions, individual weights).</summary>
    public const string Residual = "residual";

    /// <summary>Total-effect share of all weights together: 1 - Var(E[rank | normalisation, aggregation]) / Var(rank).</summary>
    public const string WeightsTotalEffect = "weights:total-effect";

    /// <summary>Runs the analysis with the method's settings, or <paramref name="settings"/> when given.</summary>
    public static UncertaintyResult Run(PreparedIndex prep, UncertaintySettings? settings = null)
    {
        var s = settings ?? prep.Method.Uncertainty;
        var runs = s.Runs;
        var pn = prep.ParkCount;
        var kn = prep.IndicatorCount;
        var dn = prep.DimensionCount;
        var eligible = prep.EligibleParks;
        var en = eligible.Length;
        var norms = s.Normalisations.ToArray();
        var aggs = s.Aggregations.ToArray();

        var rng = new SplitMix64(s.Seed);
        var w = new double[kn];
        var dw = new double[dn];
        var dimSums = new double[dn];
        var dimScores = new double[pn * dn];
        var scores = new double[pn];
        var ranks = new int[pn];
        var runRanks = new int[runs * en];
        var normOf = new int[runs];
        var aggOf = new int[runs];
        var dimMult = new double[runs * dn];
        var lo = 1 - s.WeightSpread;
        var width = 2 * s.WeightSpread;

        for (var r = 0; r < runs; r++)
        {
            Array.Clear(dimSums);
            for (var k = 0; k < kn; k++)
            {
                w[k] = prep.IndicatorWeights[k] * (lo + (width * rng.NextDouble()));
                dimSums[prep.DimensionOf[k]] += w[k];
            }

            for (var k = 0; k < kn; k++)
            {
                w[k] /= dimSums[prep.DimensionOf[k]];
            }

            var total = 0.0;
            for (var d = 0; d < dn; d++)
            {
                var m = lo + (width * rng.NextDouble());
                dimMult[(r * dn) + d] = m;
                dw[d] = prep.DimensionWeights[d] * m;
                total += dw[d];
            }

            for (var d = 0; d < dn; d++)
            {
                dw[d] /= total;
            }

            var ni = rng.Next(norms.Length);
            var ai = rng.Next(aggs.Length);
            normOf[r] = ni;
            aggOf[r] = ai;
            ParkScorer.Aggregate(prep, norms[ni], aggs[ai], w, dw, dimScores, scores);
            ParkScorer.Rank(scores, eligible, ranks);
            var row = r * en;
            for (var e = 0; e < en; e++)
            {
                runRanks[row + e] = ranks[eligible[e]];
            }
        }

        return UncertaintySummary.Summarise(prep, s, runRanks, normOf, aggOf, dimMult);
    }
}
