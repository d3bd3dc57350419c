using System.Globalization;
using System.Text;
using ShanghaiAi.Stats.Classify;

namespace ShanghaiAi.Stats.Tests.Classify.HeldOut;

/// <summary>The classifier's results on a held-out set: accuracy overall and per category, and the reliability of its confidence.</summary>
internal sealed class HeldOutScore
{
    /// <summary>Lower edges of the confidence bands of the reliability table.</summary>
    public static readonly double[] BandEdges = [0.0, 0.5, 0.7, 0.8, 0.9];

    private readonly List<(HeldOutCase Case, ClassificationResult Result)> _results;

    public HeldOutScore(IEnumerable<(HeldOutCase Case, ClassificationResult Result)> results) => _results = results.ToList();

    public int Count => _results.Count;

    public int Right => _results.Count(r => IsRight(r));

    public double Accuracy => (double)Right / Count;

    /// <summary>Wrong results with confidence >= 0.9 and no review flag: the misses nobody would look at.</summary>
    public IReadOnlyList<(HeldOutCase Case, ClassificationResult Result)> SilentMisses
        => _results.Where(r => !IsRight(r) && r.Result.Confidence >= 0.9 && !r.Result.Review).ToList();

    /// <summary>Share right among results with confidence >= 0.9 (NaN when none).</summary>
    public double ShareRightAtHighConfidence
    {
        get
        {
            var high = _results.Where(r => r.Result.Confidence >= 0.9).ToList();
            return high.Count == 0 ? double.NaN : (double)high.Count(r => IsRight(r)) / high.Count;
        }
    }

    /// <summary>Classifies every case with the embedded standard.</summary>
    public static HeldOutScore Measure(IEnumerable<HeldOutCase> cases)
    {
        var classifier = new Classifier(ClassificationStandard.LoadEmbedded());
        return new HeldOutScore(cases.Select(c => (c, classifier.Classify(c.Entry, c.AiRevenueShare))));
    }

    /// <summary>Per expected category: count, share right and silent misses.</summary>
    public IReadOnlyList<(string Category, int Count, double ShareRight, int Silent)> PerCategory()
    {
        var silent = SilentMisses;
        return _results.GroupBy(r => r.Case.Expected, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), (double)g.Count(r => IsRight(r)) / g.Count(), silent.Count(m => m.Case.Expected == g.Key))).ToList();
    }

    /// <summary>Per confidence band [edge, next edge): count, share right, and how many of them carry a review flag.</summary>
    public IReadOnlyList<(string Band, int Count, double ShareRight, int Reviewed)> Reliability()
    {
        var rows = new List<(string, int, double, int)>();
        for (var i = 0; i < BandEdges.Length; i++)
        {
            var lo = BandEdges[i];
            var hi = i + 1 < BandEdges.Length ? BandEdges[i + 1] : 1.0001;
            var inBand = _results.Where(r => r.Result.Confidence >= lo && r.Result.Confidence < hi).ToList();
            var upper = i + 1 < BandEdges.Length ? hi.ToString("0.0", CultureInfo.InvariantCulture) + ")" : "1.0]";
            var label = "[" + lo.ToString("0.0", CultureInfo.InvariantCulture) + ", " + upper;
            rows.Add((label, inBand.Count, inBand.Count == 0 ? double.NaN : (double)inBand.Count(r => IsRight(r)) / inBand.Count, inBand.Count(r => r.Result.Review)));
        }

        return rows;
    }

    /// <summary>
    /// The report in Markdown, summary tables only: accuracy, per category (with silent misses), reliability by
    /// confidence band. It never names an enterprise, a row or a row-level confusion: whoever reads it (people tuning
    /// keywords included) learns how well the classifier does, not which cases it gets wrong.
    /// </summary>
    public string Report(string title)
    {
        var s = new StringBuilder();
        var ic = CultureInfo.InvariantCulture;
        s.AppendLine(ic, $"{title}: {Count} enterprises, {Right} right, accuracy {Accuracy:P1}; silent misses (conf >= 0.9, no review): {SilentMisses.Count}");
        s.AppendLine("| category | count | share right | silent misses |").AppendLine("|---|---|---|---|");
        foreach (var (category, count, share, silent) in PerCategory())
        {
            s.AppendLine(ic, $"| {category} | {count} | {share:P1} | {silent} |");
        }

        s.AppendLine().AppendLine("| confidence band | count | share right | flagged for review |").AppendLine("|---|---|---|---|");
        foreach (var (band, count, share, reviewed) in Reliability())
        {
            s.AppendLine(ic, $"| {band} | {count} | {(double.IsNaN(share) ? "-" : share.ToString("P1", ic))} | {reviewed} |");
        }

        var high = ShareRightAtHighConfidence;
        s.AppendLine().AppendLine(ic, $"share right at confidence >= 0.9: {(double.IsNaN(high) ? "-" : high.ToString("P1", ic))}");
        return s.ToString();
    }

    private static bool IsRight((HeldOutCase Case, ClassificationResult Result) r) => r.Result.Category == r.Case.Expected;
}
