namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// How sure a verdict is, and when a statistician should look (the review flag with its reason). Confidence is in
/// [0, 0.98] with two decimals: 0.98 only when the class and the texts agree; a category resting on a generic term
/// alone, on the revenue share alone, on a class the texts contradict, or on a technology term (03) while the texts
/// also name a sector (a 05 term outside the AI signal's item) goes to review.
/// </summary>
internal sealed class ConfidenceRules(CategoryIndex index, TermTally tally)
{
    private const string TechnologyLevel1 = "03";

    private const string SectorLevel1 = "05";

    private readonly string[] _code = index.Code;

    public (double Confidence, string? Review) Rate(ClassifierScratch s, in Verdict v)
    {
        var (confidence, review) = v.Basis switch
        {
            ScopeBasis.Class => ByClass(s, v),
            ScopeBasis.Text => ByText(s, v),
            ScopeBasis.RevenueShare => (Array.IndexOf(s.ShareContext, true) >= 0 || v.Partial is { Length: 1 } ? 0.6 : 0.5,
                "in scope by AI revenue share only; no AI term in the texts"),
            _ => OutOfScope(s, v),
        };
        return (Math.Round(Math.Min(confidence, 0.98), 2), review);
    }

    private (double, string?) ByClass(ClassifierScratch s, in Verdict v)
    {
        if (s.Counts(v.ClassCategory))
        {
            return (0.98, null);
        }

        if (v.TextPrimary >= 0)
        {
            return (0.6, $"industry {v.Industry} is wholly {_code[v.ClassCategory]} but the texts point to {_code[v.TextPrimary]}");
        }

        return (v.Generic ? 0.9 : 0.85, null);
    }

    private (double, string?) ByText(ClassifierScratch s, in Verdict v)
    {
        if (v.TextPrimary < 0)
        {
            return (0.5, "only a generic AI term");
        }

        var p = v.Primary;
        if (index.Level1[p] == TechnologyLevel1 && HintedSector(s) is { } sector)
        {
            return (0.7, $"{_code[p]} rests on a technology term while the texts also name the sector of {_code[sector]}");
        }

        var consistent = v.Partial is not null && Array.IndexOf(v.Partial, p) >= 0;
        if (s.Strong[p] > 0)
        {
            return (0.9 + (s.Strong[p] + s.Context[p] > 1 ? 0.05 : 0) + (consistent ? 0.03 : 0), null);
        }

        return (0.75 + (s.Context[p] > 1 ? 0.05 : 0) + (consistent ? 0.05 : 0), null);
    }

    /// <summary>The first sector application category (05) whose sector term was found but not activated by an AI signal, or null.</summary>
    private int? HintedSector(ClassifierScratch s)
    {
        for (var p = 0; p < _code.Length; p++)
        {
            if (s.Hinted[p] && index.Level1[p] == SectorLevel1)
            {
                return p;
            }
        }

        return null;
    }

    private (double, string?) OutOfScope(ClassifierScratch s, in Verdict v)
    {
        if (v.NameSignal)
        {
            return (0.4, "the name carries an AI term but the business scope and main products do not");
        }

        if (v.TextsEmpty)
        {
            return (0.5, v.Partial is not null ? $"no business scope or main products, and industry {v.Industry} is partly AI" : null);
        }

        return (v.Partial is not null || s.Hinted.AsSpan().Contains(true) || tally.HasExclusion(s) ? 0.8 : 0.95, null);
    }
}
