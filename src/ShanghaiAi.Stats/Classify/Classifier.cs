using System.Globalization;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// Classifies enterprises under a <see cref="ClassificationStandard"/>: scope (rule 1), category by precedence
/// (rule 2), whole-class codes (rule 3), overrides (rule 4), secondary categories, confidence, review flag,
/// AI-enterprise flag (rule 6) and evidence. Pure: records in, results out; it reads no file and no table.
/// Thread-safe: the term automaton is shared and read-only, working memory is per thread.
/// </summary>
/// <remarks>
/// One job per part: <see cref="TermScanner"/> gathers the terms, <see cref="TermTally"/> says which count,
/// <see cref="CategoryRules"/> decides scope and category, <see cref="ConfidenceRules"/> rates it and flags reviews,
/// <see cref="EvidenceWriter"/> puts it in words.
/// </remarks>
public sealed class Classifier
{
    /// <summary>The MIIT reporting threshold: AI revenue at least 30% of operating revenue.</summary>
    public const decimal AiRevenueThreshold = 0.30m;

    private static readonly Lazy<Classifier> EmbeddedClassifier = new(() => new Classifier(ClassificationStandard.LoadEmbedded()));

    [ThreadStatic]
    private static ClassifierScratch? t_scratch;

    [ThreadStatic]
    private static Classifier? t_owner;

    private readonly CategoryIndex _index;
    private readonly TermScanner _scanner;
    private readonly CategoryRules _categories;
    private readonly ConfidenceRules _confidence;
    private readonly EvidenceWriter _evidence;

    public Classifier(ClassificationStandard standard)
    {
        Standard = Guard.NotNull(standard);
        _index = new CategoryIndex(standard);
        _scanner = new TermScanner(_index);
        var tally = new TermTally(_index);
        _categories = new CategoryRules(_index, tally);
        _confidence = new ConfidenceRules(_index, tally);
        _evidence = new EvidenceWriter(_index);
    }

    public ClassificationStandard Standard { get; }

    /// <summary>The classifier of the embedded (current) edition, built once.</summary>
    public static Classifier Embedded => EmbeddedClassifier.Value;

    /// <summary>Classifies one enterprise. <paramref name="aiRevenueShare"/> is AI revenue / operating revenue (0-1), when reported.</summary>
    public ClassificationResult Classify(RegisterEntry entry, decimal? aiRevenueShare = null)
    {
        Guard.NotNull(entry);
        var s = Scratch();
        s.Reset();
        _scanner.Scan(s, TextField.BusinessScope, entry.BusinessScope);
        _scanner.Scan(s, TextField.MainProducts, entry.MainProducts);
        _scanner.Scan(s, TextField.Name, entry.Name);
        var shareAi = aiRevenueShare >= AiRevenueThreshold;
        var v = _categories.Decide(s, entry, shareAi);
        var (confidence, review) = _confidence.Rate(s, v);
        var secondary = _categories.Secondary(s, v);
        var evidence = _evidence.Write(s, v, aiRevenueShare, review);
        var code = v.Primary < 0 ? "00" : _index.Code[v.Primary];
        var l1 = v.Primary < 0 ? "00" : _index.Level1[v.Primary];
        return new ClassificationResult(entry.Uscc, code, l1, secondary, v.Basis, v.Primary >= 0 && shareAi, confidence, review is not null, evidence);
    }

    /// <summary>Classifies one enterprise and applies the statistician's current decision on it, when there is one.</summary>
    public ClassificationResult Classify(ClassificationInput input, ClassificationOverride? decision)
    {
        Guard.NotNull(input);
        var result = Classify(input.Entry, input.AiRevenueShare);
        return decision is null ? result : ApplyOverride(result, decision, input.AiRevenueShare);
    }

    /// <summary>Applies a statistician's override to a rule-based result (rule 4).</summary>
    public static ClassificationResult ApplyOverride(ClassificationResult rules, ClassificationOverride decision, decimal? aiRevenueShare)
    {
        Guard.NotNull(rules);
        Guard.NotNull(decision);
        var category = decision.Category;
        var secondary = category == "00"
            ? (IReadOnlyList<string>)[]
            : new[] { rules.Category }.Concat(rules.SecondaryCategories).Where(c => c != "00" && c != category).Distinct(StringComparer.Ordinal).ToList();
        var evidence = string.Create(CultureInfo.InvariantCulture,
            $"override by {decision.DecidedBy} on {decision.DecidedAt:yyyy-MM-dd}: {decision.Reason}; rules gave {rules.Category} ({rules.ScopeBasis}): {rules.Evidence}");
        return new ClassificationResult(rules.Uscc, category, category == "00" ? "00" : category[..2], secondary, ScopeBasis.Override,
            category != "00" && aiRevenueShare >= AiRevenueThreshold, 1.0, false, evidence);
    }

    private ClassifierScratch Scratch()
    {
        if (t_scratch is null || !ReferenceEquals(t_owner, this))
        {
            t_scratch = new ClassifierScratch(_index.Count);
            t_owner = this;
        }

        return t_scratch;
    }
}
