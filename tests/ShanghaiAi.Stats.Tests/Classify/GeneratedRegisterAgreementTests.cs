using System.Globalization;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Synthetic;
using ShanghaiAi.Stats.Tests.Synthetic;
using Xunit.Abstractions;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// The classifier against the synthetic generator's intended categories (truth.csv: another reading of the
/// specification, older Shanghai licence style): keyword work must not make generated-register results swing.
/// </summary>
public sealed class GeneratedRegisterAgreementTests(ITestOutputHelper output)
{
    [Fact]
    public void Classify_GeneratedRegister_AgreesWithTheGeneratorsCategories()
    {
        var dir = Path.Combine(Path.GetTempPath(), "aistats-agree-" + Guid.NewGuid().ToString("N"));
        try
        {
            var set = SyntheticGenerator.GenerateRegister(new GeneratorOptions(5_000, 1, new Period(2026, 6), Seed: 7), dir, ReferenceData.Embedded);
            var truth = SyntheticFixture.Read(set.TruthPath).ToDictionary(t => t["uscc"], t => t["true_category"], StringComparer.Ordinal);
            var classifier = Classifier.Embedded;
            int rows = 0, agree = 0, inScope = 0, trueInScope = 0, review = 0;
            foreach (var r in SyntheticFixture.Read(set.RegisterPath))
            {
                var result = classifier.Classify(new RegisterEntry(r["uscc"], r["name"], r["district_code"], r["park_id"], r["industry_code"],
                    r["business_scope"], r["main_products"], null, null));
                var expected = truth[r["uscc"]];
                rows++;
                agree += result.Category == expected ? 1 : 0;
                inScope += result.Category == "00" ? 0 : 1;
                trueInScope += expected == "00" ? 0 : 1;
                review += result.Review ? 1 : 0;
            }

            var agreement = (double)agree / rows;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rows} generated enterprises: agreement {agreement:P1}, in scope {inScope} (intended {trueInScope}), flagged for review {review}"));
            agreement.Should().BeGreaterThanOrEqualTo(0.98, "the generator's reading of the specification and the classifier's agree");
            Math.Abs(inScope - trueInScope).Should().BeLessThanOrEqualTo(rows / 100, "the in-scope count does not swing");
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
