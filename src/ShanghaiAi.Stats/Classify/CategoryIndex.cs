using System.Collections.Frozen;

namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// A <see cref="ClassificationStandard"/> as the classifier reads it: level-2 categories by precedence index (0 = first
/// in precedence), the keyword rules with each one's category index, and GB/T 4754 classes mapped to category indexes.
/// </summary>
internal sealed class CategoryIndex
{
    public CategoryIndex(ClassificationStandard standard)
    {
        var level2 = standard.Level2ByPrecedence;
        Code = level2.Select(c => c.Code).ToArray();
        Level1 = level2.Select(c => c.Level1).ToArray();
        var index = Code.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        Fallback = index.TryGetValue("0509", out var f) ? f : Code.Length - 1;
        Rules = [.. standard.Keywords];
        RuleCategory = Rules.Select(r => r.Category is { } c ? index[c] : -1).ToArray();
        WholeClass = standard.WholeClasses.ToFrozenDictionary(kv => kv.Key, kv => index[kv.Value], StringComparer.Ordinal);
        PartialClass = standard.PartialClasses.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Select(c => index[c]).Order().ToArray(), StringComparer.Ordinal);
    }

    /// <summary>4-digit codes by precedence index.</summary>
    public string[] Code { get; }

    /// <summary>2-digit level-1 codes by precedence index.</summary>
    public string[] Level1 { get; }

    /// <summary>The precedence index of 0509, the category of a generic AI term alone.</summary>
    public int Fallback { get; }

    public KeywordRule[] Rules { get; }

    /// <summary>Precedence index of each rule's category, -1 for signal and exclusion terms.</summary>
    public int[] RuleCategory { get; }

    /// <summary>Classes wholly in the sector (rule 1a): class to precedence index.</summary>
    public FrozenDictionary<string, int> WholeClass { get; }

    /// <summary>Classes partly AI (*): class to its categories' precedence indexes, ascending.</summary>
    public FrozenDictionary<string, int[]> PartialClass { get; }

    public int Count => Code.Length;
}
