using System.Globalization;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;
using Xunit.Abstractions;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// The labelled set: realistic enterprises (names, 经营范围 in the style of business licences, industry codes; Chinese
/// and English) labelled by hand from the specification's meaning. The classifier must get at least 95% right.
/// </summary>
public sealed class LabelledSetTests(ITestOutputHelper output)
{
    [Fact]
    public void Classify_LabelledSet_AtLeast95PercentCorrect()
    {
        var rows = CsvText.Parse(File.ReadAllText(ClassifyTestData.PathOf("Data/labelled-enterprises.csv")));
        var header = rows[0];
        int Col(string name) => Array.IndexOf(header, name);
        var classifier = new Classifier(ClassificationStandard.LoadEmbedded());
        var misses = new List<string>();
        var confusion = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var bands = new SortedDictionary<double, (int Count, int Right)>();
        var data = rows.Skip(1).ToList();
        foreach (var r in data)
        {
            var entry = new RegisterEntry(r[Col("uscc")], r[Col("name")], null, null, r[Col("industry_code")], r[Col("business_scope")],
                r[Col("main_products")], null, null);
            var shareText = r[Col("ai_revenue_share")];
            decimal? share = shareText.Length == 0 ? null : decimal.Parse(shareText, CultureInfo.InvariantCulture);
            var result = classifier.Classify(entry, share);
            var expected = r[Col("expected_category")];
            var band = result.Confidence >= 0.9 ? 0.9 : result.Confidence >= 0.8 ? 0.8 : result.Confidence >= 0.6 ? 0.6 : 0.0;
            var (count, right) = bands.GetValueOrDefault(band);
            bands[band] = (count + 1, right + (result.Category == expected ? 1 : 0));
            if (result.Category != expected)
            {
                misses.Add($"expected {expected}, got {result.Category}: {entry.Name} | {result.Evidence}");
                var key = $"{expected} -> {result.Category}";
                confusion[key] = confusion.GetValueOrDefault(key) + 1;
            }
        }

        var accuracy = 1.0 - ((double)misses.Count / data.Count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{data.Count} enterprises, {misses.Count} misses, accuracy {accuracy:P1}"));
        foreach (var (pair, n) in confusion)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"confusion {pair}: {n}"));
        }

        foreach (var (band, (count, right)) in bands.Reverse())
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"confidence >= {band:0.0}: {count} results, {(double)right / count:P1} right"));
        }

        foreach (var m in misses)
        {
            output.WriteLine(m);
        }

        data.Count.Should().BeGreaterThanOrEqualTo(150);
        data.Count(r => r[Col("expected_category")] == "00").Should().BeGreaterThanOrEqualTo(40);
        data.Select(r => r[Col("expected_category")]).Distinct().Should().HaveCount(27, "every category and 00");
        accuracy.Should().BeGreaterThanOrEqualTo(0.95);
        var sure = bands.GetValueOrDefault(0.9);
        ((double)sure.Right / sure.Count).Should().BeGreaterThanOrEqualTo(0.95, "a confidence of 0.9 or more means right at least 95% of the time");
    }
}
