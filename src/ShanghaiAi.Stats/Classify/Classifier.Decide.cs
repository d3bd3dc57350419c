using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Classify;

public sealed partial class Classifier
{
    private ClassificationResult Decide(ClassifierScratch s, RegisterEntry entry, decimal? share)
    {
        var shareAi = share >= AiRevenueThreshold;
        var (hasSignal, nameSignal) = MarkSignals(s);
        s.HasTextSignal = hasSignal;
        var generic = CountTerms(s, hasSignal, shareAi);

        var textPrimary = -1;
        for (var p = 0; p < _code.Length && textPrimary < 0; p++)
        {
            if (s.Strong[p] > 0 || s.Context[p] > 0)
            {
                textPrimary = p;
            }
        }

        var industry = entry.IndustryCode?.Trim();
        var classCat = industry is not null && _wholeClass.TryGetValue(industry, out var w) ? w : -1;
        var partial = industry is not null && _partialClass.TryGetValue(industry, out var pc) ? pc : null;
        var textsEmpty = string.IsNullOrWhiteSpace(entry.BusinessScope) && string.IsNullOrWhiteSpace(entry.MainProducts);

        int primary;
        string basis;
        double confidence;
        string rule;
        string? review = null;
        if (classCat >= 0)
        {
            basis = ScopeBasis.Class;
            var agrees = s.Strong[classCat] > 0 || s.Context[classCat] > 0;
            if (textPrimary >= 0 && textPrimary < classCat)
            {
                primary = textPrimary;
                rule = $"rule 2: {_code[textPrimary]} precedes the whole class's {_code[classCat]}";
            }
            else
            {
                primary = classCat;
                rule = textPrimary >= 0 && textPrimary != classCat
                    ? $"rule 3: whole class decides {_code[classCat]}, before {_code[textPrimary]}"
                    : $"rule 3: whole class decides {_code[classCat]}";
            }

            if (agrees)
            {
                confidence = 0.98;
            }
            else if (textPrimary >= 0)
            {
                confidence = 0.6;
                review = $"industry {industry} is wholly {_code[classCat]} but the texts point to {_code[textPrimary]}";
            }
            else
            {
                confidence = generic ? 0.9 : 0.85;
            }
        }
        else if (textPrimary >= 0 || generic)
        {
            basis = ScopeBasis.Text;
            if (textPrimary >= 0)
            {
                primary = textPrimary;
                var consistent = partial is not null && Array.IndexOf(partial, primary) >= 0;
                if (s.Strong[primary] > 0)
                {
                    confidence = 0.9 + (s.Strong[primary] + s.Context[primary] > 1 ? 0.05 : 0) + (consistent ? 0.03 : 0);
                }
                else
                {
                    confidence = 0.75 + (s.Context[primary] > 1 ? 0.05 : 0) + (consistent ? 0.05 : 0);
                }

                rule = LowerTextCategories(s, primary) is { } lower ? $"rule 2: {_code[primary]} precedes {lower}" : $"rule 2: {_code[primary]}";
            }
            else
            {
                primary = _fallback;
                confidence = 0.5;
                rule = $"rule 2: only a generic AI term, {_code[_fallback]}";
                review = "only a generic AI term";
            }
        }
        else if (shareAi)
        {
            basis = ScopeBasis.RevenueShare;
            primary = Array.IndexOf(s.ShareContext, true);
            if (primary >= 0)
            {
                confidence = 0.6;
                rule = $"rule 1c: in scope by AI revenue share; sector term gives {_code[primary]}";
            }
            else if (partial is { Length: 1 })
            {
                primary = partial[0];
                confidence = 0.6;
                rule = $"rule 1c: in scope by AI revenue share; industry {industry} gives {_code[primary]}";
            }
            else
            {
                primary = _fallback;
                confidence = 0.5;
                rule = $"rule 1c: in scope by AI revenue share; no category term, {_code[_fallback]}";
            }

            review = "in scope by AI revenue share only; no AI term in the texts";
        }
        else
        {
            basis = ScopeBasis.None;
            primary = -1;
            rule = partial is not null ? "rule 1: no AI signal; a * class alone is not enough" : "rule 1: no AI signal";
            if (nameSignal)
            {
                confidence = 0.4;
                review = "the name carries an AI term but the business scope and main products do not";
            }
            else if (textsEmpty)
            {
                confidence = 0.5;
                if (partial is not null)
                {
                    review = $"no business scope or main products, and industry {industry} is partly AI";
                }
            }
            else
            {
                confidence = partial is not null || s.Hinted.AsSpan().Contains(true) || HasExclusion(s) ? 0.8 : 0.95;
            }
        }

        confidence = Math.Round(Math.Min(confidence, 0.98), 2);
        var secondary = Secondary(s, primary, basis, classCat);
        var evidence = Evidence(s, industry, classCat, partial, share, rule, review);
        var code = primary < 0 ? "00" : _code[primary];
        var l1 = primary < 0 ? "00" : _level1[primary];
        return new ClassificationResult(entry.Uscc, code, l1, secondary, basis, primary >= 0 && shareAi, confidence, review is not null, evidence);
    }

    private (bool HasSignal, bool NameSignal) MarkSignals(ClassifierScratch s)
    {
        bool hasSignal = false, nameSignal = false;
        foreach (var f in s.Found)
        {
            if (_rules[f.Rule].Kind is KeywordKind.Signal or KeywordKind.Strong)
            {
                if (f.Field == TextField.Name)
                {
                    nameSignal = true;
                }
                else
                {
                    hasSignal = true;
                    if (f.Field == TextField.BusinessScope)
                    {
                        s.MarkSignalClause(f.Clause);
                    }
                }
            }
        }

        return (hasSignal, nameSignal);
    }

    /// <summary>Counts strong and activated context terms per category; returns true when a generic signal is in the texts.</summary>
    private bool CountTerms(ClassifierScratch s, bool hasSignal, bool shareAi)
    {
        var generic = false;
        var found = s.Found;
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            var kind = _rules[f.Rule].Kind;
            var cat = _ruleCategory[f.Rule];
            var inName = f.Field == TextField.Name;
            switch (kind)
            {
                case KeywordKind.Exclusion:
                    continue;
                case KeywordKind.Signal:
                    generic |= !inName;
                    f.Active = !inName;
                    break;
                case KeywordKind.Strong when !inName:
                    s.Strong[cat]++;
                    f.Active = true;
                    break;
                case KeywordKind.Strong or KeywordKind.Context when inName:
                    continue; // the name is not an input of the rules: only an AI term there flags a review
                default: // context terms need an AI signal
                    f.Active = !AttachedToCategoryTerm(found, f) && (f.Field == TextField.BusinessScope ? s.IsSignalClause(f.Clause) : hasSignal);
                    if (f.Active)
                    {
                        s.Context[cat]++;
                    }
                    else if (shareAi && !hasSignal)
                    {
                        s.ShareContext[cat] = true;
                        f.Active = true; // shown in the evidence; counted for rule 1c only
                    }
                    else
                    {
                        s.Hinted[cat] = true;
                    }

                    break;
            }

            found[i] = f;
        }

        return generic;
    }

    /// <summary>
    /// A context term written right after a category's own term is that product's activity ("工业机器人制造",
    /// "AI芯片设计"): the product is made, not applied in the sector. After a generic AI term it is the sector the AI
    /// serves ("人工智能法律服务", "AI病理分析") and counts.
    /// </summary>
    private bool AttachedToCategoryTerm(List<FoundTerm> found, FoundTerm f)
    {
        foreach (var o in found)
        {
            if (o.Field == f.Field && o.End == f.Start && o.End > o.Start && _rules[o.Rule].Kind == KeywordKind.Strong)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The other matched text categories after <paramref name="primary"/> in precedence, e.g. "0303, 0304", or null.</summary>
    private string? LowerTextCategories(ClassifierScratch s, int primary)
    {
        string? list = null;
        for (var p = primary + 1; p < _code.Length; p++)
        {
            if (s.Strong[p] > 0 || s.Context[p] > 0)
            {
                list = list is null ? _code[p] : list + ", " + _code[p];
            }
        }

        return list;
    }

    private bool HasExclusion(ClassifierScratch s)
    {
        foreach (var f in s.Found)
        {
            if (_rules[f.Rule].Kind == KeywordKind.Exclusion)
            {
                return true;
            }
        }

        return false;
    }

    private IReadOnlyList<string> Secondary(ClassifierScratch s, int primary, string basis, int classCat)
    {
        if (primary < 0)
        {
            return [];
        }

        s.Codes.Clear();
        for (var p = 0; p < _code.Length; p++)
        {
            if (p != primary && (s.Strong[p] > 0 || s.Context[p] > 0 || p == classCat || (basis == ScopeBasis.RevenueShare && s.ShareContext[p])))
            {
                s.Codes.Add(_code[p]);
            }
        }

        return s.Codes.Count == 0 ? [] : s.Codes.ToArray();
    }
}
