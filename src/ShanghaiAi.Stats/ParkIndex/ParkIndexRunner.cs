using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>
/// The park intelligence index of one vintage (Article 30; park-index.md): reads the inputs of the vintage, scores,
/// runs the uncertainty analysis, explains and stores the scores for trends (<see cref="ParkScoreStore"/>). It writes
/// no file: the release (<c>Outputs/PeriodRelease</c>) writes park-scores.csv and the rest from the result in memory.
/// It reads on its own connections and stores park_scores through <see cref="StatsWarehouse.Write{T}"/>: call it
/// after the close's own write has finished, not from inside a <c>Write</c> callback (the writer lock is not re-entrant).
/// </summary>
public static class ParkIndexRunner
{
    public static ParkIndexResult Run(StatsWarehouse warehouse, ReferenceData reference, Period period, string vintageId,
        ParkIndexOptions? options = null)
    {
        Guard.NotNull(warehouse);
        Guard.NotNull(reference);
        Guard.NotEmpty(vintageId);
        var o = options ?? new ParkIndexOptions();
        var method = o.Method ?? ParkIndexMethodLoader.LoadEmbedded(reference, reference.Edition);
        var settings = method.Uncertainty with
        {
            Runs = o.Runs ?? method.Uncertainty.Runs,
            Seed = o.Seed ?? method.Uncertainty.Seed,
        };
        var inputs = ParkIndexInputs.Load(warehouse, reference, method, period, vintageId);
        var prepared = IndexPreparation.Prepare(inputs.Matrix, method);
        var scores = ParkScorer.Score(prepared);
        var uncertainty = UncertaintyAnalysis.Run(prepared, settings);
        var explanations = ParkExplainer.Explain(scores, uncertainty, reference);
        var rows = BuildRows(scores, uncertainty, inputs, reference, period);
        if (o.Persist)
        {
            ParkScoreStore.Save(warehouse, vintageId, rows.Select(Stored).ToList(), (o.Clock ?? TimeProvider.System).GetUtcNow());
        }

        var trend = ParkScoreStore.Trend(warehouse, method.Version, period, o.TrendPeriods,
            rows.Select(s => new ParkTrendPoint(s.ParkId, s.Period, s.Score, s.Rank)));
        var sheet = ParkScoreSheet.From(method, period, vintageId, rows, explanations, settings.Runs);
        return new ParkIndexResult(period, vintageId, method, rows, explanations, uncertainty, scores.Treatments, trend, sheet);
    }

    private static StoredParkScore Stored(ParkScore s)
        => new(s.ParkId, s.Period, s.Score, s.Rank, s.RankP05, s.RankP95, s.RankMedian, s.Dimensions, s.MethodVersion, s.Flags);

    /// <summary>The score rows in park register order, with intervals (widened to hold the nominal rank) and flags.</summary>
    public static IReadOnlyList<ParkScore> BuildRows(IndexScores scores, UncertaintyResult uncertainty, ParkIndexInputData inputs,
        ReferenceData reference, Period period)
    {
        var method = scores.Method;
        var list = new List<ParkScore>();
        foreach (var id in scores.ParkIds)
        {
            var park = reference.ParksById.GetValueOrDefault(id);
            var flags = new List<string>();
            var reportPeriod = inputs.ReportPeriods.GetValueOrDefault(id);
            if (reportPeriod is null)
            {
                flags.Add("no-park-report");
            }
            else if (reportPeriod.Value != period)
            {
                flags.Add("stale-report:" + reportPeriod.Value);
            }

            if (!scores.HasScore(id))
            {
                flags.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"no-score:missing {scores.MissingCount(id)} of {scores.IndicatorCodes.Count}"));
                list.Add(new ParkScore(id, park?.NameZh ?? id, park?.NameEn ?? id, period, null, null, null, null,
                    new Dictionary<string, double>(), method.Version, null, flags));
                continue;
            }

            var imputed = scores.IndicatorCodes.Where(c => scores.IsImputed(id, c)).ToList();
            if (imputed.Count > 0)
            {
                flags.Add("imputed:" + string.Join('+', imputed));
            }

            var rank = scores.Rank(id)!.Value;
            var (lo, hi) = uncertainty.Interval(id);
            if (rank < lo || rank > hi)
            {
                flags.Add("interval-widened");
                lo = Math.Min(lo, rank);
                hi = Math.Max(hi, rank);
            }

            var dims = method.Dimensions.ToDictionary(d => d.Code, d => scores.DimensionScore(id, d.Code)!.Value, StringComparer.Ordinal);
            list.Add(new ParkScore(id, park?.NameZh ?? id, park?.NameEn ?? id, period, scores.Score(id), rank, lo, hi, dims,
                method.Version, uncertainty.MedianRank(id), flags));
        }

        return list;
    }
}
