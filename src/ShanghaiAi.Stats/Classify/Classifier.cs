using System.Collections.Frozen;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// Classifies enterprises under a <see cref="ClassificationStandard"/>: scope (rule 1), category by precedence
/// (rule 2), whole-class codes (rule 3), secondary categories, confidence, review flag, AI-enterprise flag (rule 6)
/// and evidence. Thread-safe: the automaton is shared and read-only, working memory is per thread.
/// </summary>
public sealed partial class Classifier
{
    /// <summary>The MIIT reporting threshold: AI revenue at least 30% of operating revenue.</summary>
    public const decimal AiRevenueThreshold = 0.30m;

    private readonly TermMatcher _matcher;
    private readonly KeywordRule[] _rules;
    private readonly int[] _ruleCategory; // precedence index, -1 for signal and exclusion terms
    private readonly string[] _code; // by precedence index
    private readonly string[] _level1;
    private readonly int _fallback; // 0509
    private readonly FrozenDictionary<string, int> _wholeClass;
    private readonly FrozenDictionary<string, int[]> _partialClass;

    [ThreadStatic]
    private static ClassifierScratch? t_scratch;

    [ThreadStatic]
    private static Classifier? t_owner;

    public Classifier(ClassificationStandard standard)
    {
        Standard = Guard.NotNull(standard);
        var level2 = standard.Level2ByPrecedence;
        _code = level2.Select(c => c.Code).ToArray();
        _level1 = level2.Select(c => c.Level1).ToArray();
        var index = _code.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        _fallback = index.TryGetValue("0509", out var f) ? f : _code.Length - 1;
        _rules = [.. standard.Keywords];
        _ruleCategory = _rules.Select(r => r.Category is { } c ? index[c] : -1).ToArray();
        _matcher = new TermMatcher(_rules.Select(r => r.Normalised).ToList());
        _wholeClass = standard.WholeClasses.ToFrozenDictionary(kv => kv.Key, kv => index[kv.Value], StringComparer.Ordinal);
        _partialClass = standard.PartialClasses.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Select(c => index[c]).Order().ToArray(), StringComparer.Ordinal);
    }

    public ClassificationStandard Standard { get; }

    /// <summary>Classifies one enterprise. <paramref name="aiRevenueShare"/> is AI revenue / operating revenue (0-1), when reported.</summary>
    public ClassificationResult Classify(RegisterEntry entry, decimal? aiRevenueShare = null)
    {
        Guard.NotNull(entry);
        var s = Scratch();
        s.Reset();
        Scan(s, TextField.BusinessScope, entry.BusinessScope);
        Scan(s, TextField.MainProducts, entry.MainProducts);
        Scan(s, TextField.Name, entry.Name);
        return Decide(s, entry, aiRevenueShare);
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
        var evidence = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"override by {decision.DecidedBy} on {decision.DecidedAt:yyyy-MM-dd}: {decision.Reason}; rules gave {rules.Category} ({rules.ScopeBasis}): {rules.Evidence}");
        return new ClassificationResult(rules.Uscc, category, category == "00" ? "00" : category[..2], secondary, ScopeBasis.Override,
            category != "00" && aiRevenueShare >= AiRevenueThreshold, 1.0, false, evidence);
    }

    private ClassifierScratch Scratch()
    {
        if (t_scratch is null || !ReferenceEquals(t_owner, this))
        {
            t_scratch = new ClassifierScratch(_code.Length);
            t_owner = this;
        }

        return t_scratch;
    }

    private void Scan(ClassifierScratch s, TextField field, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var buf = s.BufferFor(text.Length);
        var n = TextNormaliser.Normalise(text, buf);
        var span = buf.AsSpan(0, n);
        s.Breaks.Clear();
        for (var i = span.IndexOf(TextNormaliser.ClauseBreak); i >= 0; i = NextBreak(span, i + 1))
        {
            s.Breaks.Add(i);
        }

        s.Hits.Clear();
        _matcher.Scan(span, s.Hits);
        var hits = s.Hits;
        for (var i = 0; i < hits.Count; i++)
        {
            var h = hits[i];
            var kind = _rules[h.Term].Kind;
            if (kind == KeywordKind.Exclusion)
            {
                if (!InsideLongerExclusion(hits, i))
                {
                    s.Found.Add(new FoundTerm(field, h.Term, -1, false));
                }

                continue;
            }

            if (!Removed(hits, i))
            {
                s.Found.Add(new FoundTerm(field, h.Term, Clause(s.Breaks, h.Start), false, h.Start, h.End));
            }
        }
    }

    private static int NextBreak(ReadOnlySpan<char> span, int from)
    {
        var j = span[from..].IndexOf(TextNormaliser.ClauseBreak);
        return j < 0 ? -1 : from + j;
    }

    /// <summary>A hit is removed when an exclusion overlaps it (unless it strictly contains the exclusion) or a longer term contains it.</summary>
    private bool Removed(List<TermHit> hits, int i)
    {
        var h = hits[i];
        var len = h.End - h.Start;
        for (var j = 0; j < hits.Count; j++)
        {
            if (j == i)
            {
                continue;
            }

            var o = hits[j];
            if (o.End <= h.Start || o.Start >= h.End)
            {
                continue;
            }

            var olen = o.End - o.Start;
            var containsOther = h.Start <= o.Start && h.End >= o.End && len > olen;
            var containedByOther = o.Start <= h.Start && o.End >= h.End && olen > len;
            if (_rules[o.Term].Kind == KeywordKind.Exclusion ? !containsOther : containedByOther)
            {
                return true;
            }
        }

        return false;
    }

    private bool InsideLongerExclusion(List<TermHit> hits, int i)
    {
        var h = hits[i];
        foreach (var o in hits)
        {
            if (_rules[o.Term].Kind == KeywordKind.Exclusion && o.Start <= h.Start && o.End >= h.End && o.End - o.Start > h.End - h.Start)
            {
                return true;
            }
        }

        return false;
    }

    private static int Clause(List<int> breaks, int position)
    {
        var c = 0;
        while (c < breaks.Count && breaks[c] < position)
        {
            c++;
        }

        return c;
    }
}
