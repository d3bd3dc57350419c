using Xunit.Abstractions;

namespace ShanghaiAi.Stats.Tests.Classify.HeldOut;

/// <summary>
/// The first held-out labelled set (README.md here, "Set 1"): written from the standard's definitions and the Regulations' articles
/// 46-63 without looking at the keyword list. Keyword work must not be tuned on it; the floor below only ever rises.
/// </summary>
public sealed class HeldOutSetTests(ITestOutputHelper output)
{
    /// <summary>
    /// Accuracy measured on 2026-12-06 with the keyword list of main 430e668 (the "before" of issue 16):
    /// 244 of 408 right = 0.598 (silent misses, confidence >= 0.9 without review: 46).
    /// The lead raises this floor after the keyword work lands; never lower it, never tune keywords on this set.
    /// Raised on 2026-12-06 after the classify2 work (feat/classify2: 0301 yields to a sector application, sector
    /// wording of 经营范围): 322 of 408 right = 0.789 (silent misses 12), floor 0.78.
    /// Raised on 2026-12-06 after feat/terms (tuned on its own development set; its author never opened this set):
    /// 356 of 408 right = 0.873 (silent misses 0; share right at confidence >= 0.9: 100%), floor 0.87.
    /// Raised on 2026-12-06 after feat/termsa and feat/termsb (each tuned on its own new development set, dev2a and
    /// dev2b; neither tuned on this set): 366 of 408 right = 0.897 (silent misses 0; share right at confidence >= 0.9:
    /// 100%), floor 0.89.
    /// Raised on 2026-12-06 after feat/termsc and feat/termsd (each tuned on its own new development set, dev3a and
    /// dev3b; neither tuned on this set): 386 of 408 right = 0.946 (silent misses 0; share right at confidence >= 0.9:
    /// 100%), floor 0.94.
    /// Raised on 2026-12-06 (next session) after feat/termse and feat/termsf (each tuned on its own new development set,
    /// dev4a and dev4b; neither tuned on this set): 396 of 408 right = 0.971 (silent misses 0; share right at confidence
    /// >= 0.9: 100%), floor 0.97.
    /// Raised on 2026-12-06 (third session) after feat/termsg, feat/termsh and feat/termsi (each tuned on its own new
    /// development set, dev5a, dev5b and dev5c; none tuned on this set): 399 of 408 right = 0.978 (silent misses 0;
    /// share right at confidence >= 0.9: 100%), floor 0.975.
    /// Raised again the same session after feat/termsj (tuned on dev5d): 401 of 408 right = 0.983 (silent misses 0;
    /// share right at confidence >= 0.9: 100%), floor 0.98.
    /// Raised on 2026-12-06 (fourth session) after feat/terms6 (tuned on dev6a): 402 of 408 right = 0.985 (silent misses
    /// 0; share right at confidence >= 0.9: 100%), floor 0.985.
    /// </summary>
    private const double AccuracyFloor = 0.985;

    [Fact]
    public void Classify_HeldOutSet_AccuracyAtLeastTheMeasuredFloor()
    {
        var score = HeldOutScore.Measure(HeldOutCase.Load(HeldOutCase.FirstSet));

        output.WriteLine(score.Report("held-out set 1"));

        score.Accuracy.Should().BeGreaterThanOrEqualTo(AccuracyFloor);
        score.ShareRightAtHighConfidence.Should().BeGreaterThanOrEqualTo(0.95, "issue 16: a result at confidence 0.9 or more is right at least 95% of the time");
    }

    [Fact]
    public void HeldOutSet_Composition_EveryApplicationCategoryAtLeast25AndAFairShareOutside()
        => HeldOutComposition.Check(HeldOutCase.Load(HeldOutCase.FirstSet), minimumCount: 400, minimumOutOfScope: 60);
}
