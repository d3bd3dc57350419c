using System.Globalization;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// One labelled CSV (columns uscc, name, industry_code, business_scope, main_products, ai_revenue_share,
/// expected_category) classified by the embedded standard: each row's result next to its label, the accuracy, the
/// confusion of the misses and a reliability table by confidence band.
/// </summary>
internal sealed class LabelledRun
{
    /// <summary>Lower bounds of the confidence bands of the reliability table, highest first.</summary>
    public static readonly double[] Bands = [0.9, 0.8, 0.7, 0.5, 0.0];

    private LabelledRun(IReadOnlyList<LabelledOutcome> outcomes) => Outcomes = outcomes;

    public IReadOnlyList<LabelledOutcome> Outcomes { get; }

    public int Misses => Outcomes.Count(o => !o.Right);

    public double Accuracy => 1.0 - ((double)Misses / Outcomes.Count);

    public static LabelledRun Of(string relativePath)
    {
        var rows = CsvText.Parse(File.ReadAllText(ClassifyTestData.PathOf(relativePath)));
        var header = rows[0];
        int Col(string name) => Array.IndexOf(header, name);
        var classifier = new Classifier(ClassificationStandard.LoadEmbedded());
        var outcomes = new List<LabelledOutcome>();
        foreach (var r in rows.Skip(1))
        {
            var entry = new RegisterEntry(r[Col("uscc")], r[Col("name")], null, null, r[Col("industry_code")], r[Col("business_scope")],
                r[Col("main_products")], null, null);
            var shareText = r[Col("ai_revenue_share")];
            decimal? share = shareText.Length == 0 ? null : decimal.Parse(shareText, CultureInfo.InvariantCulture);
            outcomes.Add(new LabelledOutcome(entry, r[Col("expected_category")], classifier.Classify(entry, share)));
        }

        return new LabelledRun(outcomes);
    }

    /// <summary>The share right among results with a confidence of at least <paramref name="from"/> (1 when there are none).</summary>
    public double ShareRightFrom(double from)
    {
        var sure = Outcomes.Where(o => o.Result.Confidence >= from).ToList();
        return sure.Count == 0 ? 1.0 : (double)sure.Count(o => o.Right) / sure.Count;
    }

    /// <summary>Accuracy, confusion of the misses, the reliability table, then every miss.</summary>
    public IEnumerable<string> Report()
    {
        yield return string.Create(CultureInfo.InvariantCulture, $"{Outcomes.Count} enterprises, {Misses} misses, accuracy {Accuracy:P1}");
        foreach (var g in Outcomes.Where(o => !o.Right).GroupBy(o => $"{o.Expected} -> {o.Result.Category}").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"confusion {g.Key}: {g.Count()}");
        }

        foreach (var g in Outcomes.GroupBy(o => o.Expected).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"category {g.Key}: {g.Count(o => o.Right)} of {g.Count()} right");
        }

        yield return "| confidence band | count | share right | flagged for review |";
        yield return "|---|---|---|---|";
        var upper = 1.0;
        foreach (var from in Bands)
        {
            var band = Outcomes.Where(o => o.Result.Confidence >= from && (o.Result.Confidence < upper || upper == 1.0)).ToList();
            var right = band.Count == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{(double)band.Count(o => o.Right) / band.Count:P1}");
            var to = upper == 1.0 ? "1.0]" : string.Create(CultureInfo.InvariantCulture, $"{upper:0.0})");
            yield return string.Create(CultureInfo.InvariantCulture, $"| [{from:0.0}, {to} | {band.Count} | {right} | {band.Count(o => o.Result.Review)} |");
            upper = from;
        }

        foreach (var o in Outcomes.Where(o => !o.Right))
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"miss: expected {o.Expected}, got {o.Result.Category} ({o.Result.Confidence:0.00}{(o.Result.Review ? ", review" : string.Empty)}): {o.Entry.Name} | {o.Result.Evidence}");
        }
    }
}
