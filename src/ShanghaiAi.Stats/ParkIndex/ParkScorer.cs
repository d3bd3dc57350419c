namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>
/// The index computation of park-index.md: <see cref="IndexPreparation.Prepare"/> does steps 1-3 (missing data, outliers,
/// normalisation) once; <c>Score</c> adds step 4 (aggregation within and across dimensions) and ranks.
/// </summary>
public static class ParkScorer
{
    /// <summary>One plain scoring pass with the method's nominal choices.</summary>
    public static IndexScores Score(IndicatorMatrix matrix, ParkIndexMethod method)
        => Score(IndexPreparation.Prepare(matrix, method));

    /// <summary>Scores prepared data with the method's nominal normalisation, aggregation and weights.</summary>
    public static IndexScores Score(PreparedIndex prep)
    {
        var m = prep.Method;
        var dims = new double[prep.ParkCount * prep.DimensionCount];
        var scores = new double[prep.ParkCount];
        var ranks = new int[prep.ParkCount];
        Aggregate(prep, m.Normalisation, m.Aggregation, prep.IndicatorWeights, prep.DimensionWeights, dims, scores);
        Rank(scores, prep.EligibleParks, ranks);
        return new IndexScores(prep, (double[])prep.Normalised[(int)m.Normalisation].Clone(), dims, scores, ranks);
    }

    /// <summary>
    /// Step 4: dimension scores and index scores of the eligible parks (others stay NaN). Arithmetic: weighted mean;
    /// geometric: exp(sum w ln(v + c)) - c with the method's offset c. Weights sum to 1 within each level.
    /// </summary>
    internal static void Aggregate(PreparedIndex prep, Normalisation normalisation, Aggregation aggregation,
        double[] indicatorWeights, double[] dimensionWeights, double[] dimScores, double[] scores)
    {
        var values = aggregation == Aggregation.Arithmetic ? prep.Normalised[(int)normalisation] : prep.Logs[(int)normalisation];
        var k = prep.IndicatorCount;
        var dn = prep.DimensionCount;
        var start = prep.DimensionStart;
        var offset = prep.Method.GeometricOffset;
        var geometric = aggregation == Aggregation.Geometric;
        Array.Fill(scores, double.NaN);
        Array.Fill(dimScores, double.NaN);
        foreach (var p in prep.EligibleParks)
        {
            var row = p * k;
            var total = 0.0;
            for (var d = 0; d < dn; d++)
            {
                var s = 0.0;
                for (var i = start[d]; i < start[d + 1]; i++)
                {
                    s += indicatorWeights[i] * values[row + i];
                }

                if (geometric)
                {
                    s = Math.Exp(s) - offset;
                    total += dimensionWeights[d] * Math.Log(Math.Max(s + offset, 1e-9));
                }
                else
                {
                    total += dimensionWeights[d] * s;
                }

                dimScores[(p * dn) + d] = s;
            }

            scores[p] = geometric ? Math.Exp(total) - offset : total;
        }
    }

    /// <summary>Competition ranks (1 = highest score; equal scores share the best rank) among the eligible parks.</summary>
    internal static void Rank(double[] scores, int[] eligible, int[] ranks)
    {
        Array.Clear(ranks);
        for (var a = 0; a < eligible.Length; a++)
        {
            var s = scores[eligible[a]];
            var r = 1;
            for (var b = 0; b < eligible.Length; b++)
            {
                if (scores[eligible[b]] > s)
                {
                    r++;
                }
            }

            ranks[eligible[a]] = r;
        }
    }
}
