using ShanghaiAi.Stats.Classify;
using Xunit.Abstractions;

namespace ShanghaiAi.Stats.Tests.Classify.HeldOut;

/// <summary>
/// The held-out labelled set (README.md here): written from the standard's definitions and the Regulations' articles
/// 46-63 without looking at the keyword list. Keyword work must not be tuned on it; the floor below only ever rises.
/// </summary>
public sealed class HeldOutSetTests(ITestOutputHelper output)
{
    /// <summary>
    /// Accuracy measured on 2026-12-06 with the keyword list of main 430e668 (the "before" of issue 16):
    /// 244 of 408 right = 0.598 (silent misses, confidence >= 0.9 without review: 46).
    /// The lead raises this floor after the keyword work lands; never lower it, never tune keywords on this set.
    /// </summary>
    private const double AccuracyFloor = 0.598;

    [Fact]
    public void Classify_HeldOutSet_AccuracyAtLeastTheMeasuredFloor()
    {
        var cases = HeldOutCase.Load();
        var classifier = new Classifier(ClassificationStandard.LoadEmbedded());
        var score = new HeldOutScore(cases.Select(c => (c, classifier.Classify(c.Entry, c.AiRevenueShare))));

        output.WriteLine(score.Report());

        score.Accuracy.Should().BeGreaterThanOrEqualTo(AccuracyFloor);
    }

    [Fact]
    public void HeldOutSet_Composition_EveryApplicationCategoryAtLeast25AndAFairShareOutside()
    {
        var cases = HeldOutCase.Load();
        cases.Should().HaveCountGreaterThanOrEqualTo(400);
        cases.Select(c => c.Entry.Uscc).Should().OnlyHaveUniqueItems();
        foreach (var code in new[] { "0501", "0502", "0503", "0504", "0505", "0506", "0507", "0508", "0509" })
        {
            cases.Count(c => c.Expected == code).Should().BeGreaterThanOrEqualTo(25, $"category {code} needs at least 25 cases");
        }

        cases.Count(c => c.Expected == "00").Should().BeGreaterThanOrEqualTo(60, "out-of-scope look-alikes keep the set fair");
        cases.Select(c => c.Expected).Distinct().Should().HaveCount(27, "every category of the standard and 00 appear");
        cases.Select(c => c.Entry.Uscc).Should().OnlyContain(u => ShanghaiAi.Stats.Common.Uscc.IsValid(u), "every USCC carries its check character");
    }
}
