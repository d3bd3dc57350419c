using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// The scope and category decision of classification.md: a class wholly in the sector decides (rule 3) unless the
/// texts name a category earlier in precedence (rule 2); otherwise the texts' first category in precedence, or 0509
/// for a generic AI term alone (rule 2); otherwise an AI revenue share of at least 30% (rule 1c) with a sector term or
/// a single-category * class; otherwise out of the sector (rule 1). Secondary categories are the other counted ones.
/// </summary>
internal sealed class CategoryRules(CategoryIndex index, TermTally tally)
{
    private readonly string[] _code = index.Code;

    public Verdict Decide(ClassifierScratch s, RegisterEntry entry, bool shareAi)
    {
        s.Manufacturer = IsManufacturing(entry.IndustryCode);
        var (generic, nameSignal) = tally.Count(s, shareAi);
        var textPrimary = tally.TextPrimary(s);
        var industry = entry.IndustryCode?.Trim();
        var classCat = industry is not null && index.WholeClass.TryGetValue(industry, out var w) ? w : -1;
        var partial = industry is not null && index.PartialClass.TryGetValue(industry, out var pc) ? pc : null;
        var textsEmpty = string.IsNullOrWhiteSpace(entry.BusinessScope) && string.IsNullOrWhiteSpace(entry.MainProducts);
        var facts = new Verdict(-1, ScopeBasis.None, string.Empty, industry, classCat, partial, textPrimary, generic, nameSignal, textsEmpty);
        if (classCat >= 0)
        {
            return ByClass(facts);
        }

        if ((textPrimary >= 0 || generic) && !shareAi && tally.AiOnlyInSales(s))
        {
            return facts with { Resale = true, Rule = "rule 1: the AI terms stand only in items that sell goods; a reseller is not in the AI sector" };
        }

        if (textPrimary >= 0 || generic)
        {
            return ByText(s, facts);
        }

        return shareAi ? ByRevenueShare(s, facts) : facts with
        {
            Rule = partial is not null ? "rule 1: no AI signal; a * class alone is not enough" : "rule 1: no AI signal",
        };
    }

    /// <summary>True for a class of GB/T 4754-2017 section C (manufacturing, divisions 13-43): "3983", "3911", "2720".</summary>
    public static bool IsManufacturing(string? industry)
    {
        var code = industry?.Trim();
        return code is { Length: 4 } && int.TryParse(code.AsSpan(0, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var division)
            && division is >= 13 and <= 43;
    }

    /// <summary>The other categories with counted terms, the whole class's, and (rule 1c) the sector terms', in precedence order.</summary>
    public IReadOnlyList<string> Secondary(ClassifierScratch s, in Verdict v)
    {
        if (v.Primary < 0)
        {
            return [];
        }

        s.Codes.Clear();
        for (var p = 0; p < _code.Length; p++)
        {
            if (p != v.Primary && (s.Counts(p) || p == v.ClassCategory || (v.Basis == ScopeBasis.RevenueShare && s.ShareContext[p])))
            {
                s.Codes.Add(_code[p]);
            }
        }

        return s.Codes.Count == 0 ? [] : s.Codes.ToArray();
    }

    private Verdict ByClass(Verdict v)
    {
        var (classCat, textPrimary) = (v.ClassCategory, v.TextPrimary);
        if (textPrimary >= 0 && textPrimary < classCat)
        {
            return v with { Primary = textPrimary, Basis = ScopeBasis.Class, Rule = $"rule 2: {_code[textPrimary]} precedes the whole class's {_code[classCat]}" };
        }

        var rule = textPrimary >= 0 && textPrimary != classCat
            ? $"rule 3: whole class decides {_code[classCat]}, before {_code[textPrimary]}"
            : $"rule 3: whole class decides {_code[classCat]}";
        return v with { Primary = classCat, Basis = ScopeBasis.Class, Rule = rule };
    }

    private Verdict ByText(ClassifierScratch s, Verdict v)
    {
        if (v.TextPrimary < 0)
        {
            if (index.OnlyCategoryOfClass(v.Partial) is >= 0 and var only)
            {
                return v with { Primary = only, Basis = ScopeBasis.Text, Rule = $"rule 2: only a generic AI term; industry {v.Industry} is partly AI only as {_code[only]}" };
            }

            return SectorNamedElsewhere(s) is var (sector, term) && sector >= 0
                ? v with { Primary = sector, Basis = ScopeBasis.Text, Rule = $"rule 2: only a generic AI term; another item of the business scope names the sector of {_code[sector]} ({term})" }
                : v with { Primary = index.Fallback, Basis = ScopeBasis.Text, Rule = $"rule 2: only a generic AI term, {_code[index.Fallback]}" };
        }

        var primary = v.TextPrimary;
        var rule = LowerTextCategories(s, primary) is { } lower ? $"rule 2: {_code[primary]} precedes {lower}" : $"rule 2: {_code[primary]}";
        if (primary == index.Fallback && tally.ManySectors(s) != ManySectorsReading.None)
        {
            rule += "; the texts serve many trades, none in particular (文本面向多个行业，未指向单一行业)";
        }
        else if (primary == index.Fallback && index.FoundationModel >= 0 && s.Counts(index.FoundationModel))
        {
            rule += $"; {_code[index.FoundationModel]} names no model made: deploying or integrating one is a technical service (部署或集成大模型属技术服务)";
        }
        else if (primary == index.Government && tally.RegulatorTerm(s) is { } regulator && tally.SectorBefore(s, primary) is >= 0 and var regulated)
        {
            rule += $"; {_code[regulated]} names what {regulator} regulates (所提行业为监管对象)";
        }
        else if (tally.SectorBefore(s, primary) is >= 0 and var earlier)
        {
            rule += $"; {_code[primary]} is named more than {_code[earlier]} (文本更多指向{_code[primary]})";
        }

        if (SoldBefore(s, primary) is { } sold)
        {
            rule += $"; {_code[sold]} is named only in items that sell or use goods (仅见于销售或使用类条目)";
        }

        return v with { Primary = primary, Basis = ScopeBasis.Text, Rule = rule };
    }

    /// <summary>
    /// The one sector application (0501-0508) whose sector term stands in another item of the business scope than the
    /// AI term, with that term, when the only AI evidence is a generic term: a licence lists 人工智能应用软件开发 as an
    /// item of its own and the trade it serves (医院后勤管理服务, 动漫游戏开发) as others. An item that sells or rents
    /// goods (第二类医疗器械销售, 计算机软硬件零售) names what is sold, not the sector served, and does not count.
    /// (-1, null) when none, or when the items name more than one sector or a trade with no category of its own (农业,
    /// 物业: <see cref="CategoryIndex.OtherTrade"/>): then the reading is open and 0509 stays.
    /// </summary>
    private (int Sector, string? Term) SectorNamedElsewhere(ClassifierScratch s)
    {
        var (sector, term) = (-1, (string?)null);
        foreach (var f in s.Found)
        {
            if (f.Active || f.Field != TextField.BusinessScope || index.Rules[f.Rule].Kind != KeywordKind.Context || s.IsTradeClause(f.Clause))
            {
                continue;
            }

            var c = tally.CategoryOf(s, f);
            if (c < 0 || !(index.IsSectorApplication(c) || index.OtherTrade[f.Rule]))
            {
                continue;
            }

            if (sector >= 0 && c != sector)
            {
                return (-1, null);
            }

            (sector, term) = (c, term ?? index.Rules[f.Rule].Term);
        }

        return sector == index.Fallback ? (-1, null) : (sector, term);
    }

    private Verdict ByRevenueShare(ClassifierScratch s, Verdict v)
    {
        var sector = Array.IndexOf(s.ShareContext, true);
        if (sector >= 0)
        {
            return v with { Primary = sector, Basis = ScopeBasis.RevenueShare, Rule = $"rule 1c: in scope by AI revenue share; sector term gives {_code[sector]}" };
        }

        if (v.Partial is { Length: 1 } one)
        {
            return v with { Primary = one[0], Basis = ScopeBasis.RevenueShare, Rule = $"rule 1c: in scope by AI revenue share; industry {v.Industry} gives {_code[one[0]]}" };
        }

        return v with { Primary = index.Fallback, Basis = ScopeBasis.RevenueShare, Rule = $"rule 1c: in scope by AI revenue share; no category term, {_code[index.Fallback]}" };
    }

    /// <summary>A made category (01, 04) before <paramref name="primary"/> that counts only in items selling goods, or null.</summary>
    private int? SoldBefore(ClassifierScratch s, int primary)
    {
        for (var p = 0; p < primary; p++)
        {
            if (s.Counts(p) && index.IsMade(p) && tally.TradedOrUsedOnly(s, p))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>The other matched text categories after <paramref name="primary"/> in precedence, e.g. "0303, 0304", or null.</summary>
    private string? LowerTextCategories(ClassifierScratch s, int primary)
    {
        string? list = null;
        for (var p = primary + 1; p < _code.Length; p++)
        {
            if (s.Counts(p))
            {
                list = list is null ? _code[p] : list + ", " + _code[p];
            }
        }

        return list;
    }
}
