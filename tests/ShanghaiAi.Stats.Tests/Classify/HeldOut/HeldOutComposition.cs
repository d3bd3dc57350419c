using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Tests.Classify.HeldOut;

/// <summary>What every held-out set must hold to be a fair test of the standard: size, every category, look-alikes outside.</summary>
internal static class HeldOutComposition
{
    private static readonly string[] ApplicationCategories = ["0501", "0502", "0503", "0504", "0505", "0506", "0507", "0508", "0509"];

    /// <summary>Asserts the set's composition; <paramref name="minimumCount"/> and <paramref name="minimumOutOfScope"/> are the set's own targets.</summary>
    public static void Check(IReadOnlyList<HeldOutCase> cases, int minimumCount, int minimumOutOfScope)
    {
        cases.Should().HaveCountGreaterThanOrEqualTo(minimumCount);
        cases.Select(c => c.Entry.Uscc).Should().OnlyHaveUniqueItems();
        foreach (var code in ApplicationCategories)
        {
            cases.Count(c => c.Expected == code).Should().BeGreaterThanOrEqualTo(25, $"category {code} needs at least 25 cases");
        }

        cases.Count(c => c.Expected == "00").Should().BeGreaterThanOrEqualTo(minimumOutOfScope, "out-of-scope look-alikes keep the set fair");
        cases.Select(c => c.Expected).Distinct().Should().HaveCount(27, "every category of the standard and 00 appear");
        cases.Select(c => c.Entry.Uscc).Should().OnlyContain(u => Uscc.IsValid(u), "every USCC carries its check character");
    }
}
