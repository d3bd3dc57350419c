namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// How sure a verdict is, and when a statistician should look (the review flag with its reason). Confidence is in
/// [0, 0.98] with two decimals: 0.98 only when the class and the texts agree; a category resting on a generic term
/// alone, on the revenue share alone, on a class the texts contradict, or on a technology term (03) while the texts
/// also name a sector (a 05 term outside the AI signal's item, or in the name) goes to review, and so does a component
/// or data category resting on a context term alone while a sector is named, and a sector application resting on
/// context terms alone while another sector application counts too (rule 2 picks the first; the reading is open). A confidence of 0.9 or more is kept for
/// items that say nothing else: an item that also counts another sector, or holds words no list knows, gives 0.85, and so
/// does a technology (03) or generic (0509) result whose 主要产品 names its use in words no list knows.
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
            if (v.Primary != index.Fallback && v.Primary == index.OnlyCategoryOfClass(v.Partial))
            {
                return (0.7, $"only a generic AI term; {_code[v.Primary]} is the one category industry {v.Industry} is partly in (仅有通用人工智能表述，类别取自行业代码)");
            }

            return v.Primary == index.Fallback
                ? (0.5, "only a generic AI term")
                : (0.6, $"only a generic AI term; {_code[v.Primary]} is the sector another item of the business scope names (仅有通用人工智能表述，行业取自经营范围的其他条目)");
        }

        var p = v.Primary;
        if (index.IsMade(p) && tally.TradedOrUsedOnly(s, p))
        {
            return (0.6, $"{_code[p]} rests only on items that sell, retail, wholesale, rent or use goods; a reseller or user of AI products may be out of scope"
                + " (仅见于销售、零售、批发、租赁或使用类条目，可能为产品经销商或使用者)");
        }

        if (index.Level1[p] == TechnologyLevel1 && HintedSector(s) is { } sector)
        {
            return (0.7, $"{_code[p]} rests on a technology term while the texts also name the sector of {_code[sector]}");
        }

        if (index.Level1[p] == TechnologyLevel1 && tally.OtherTradeTerm(s) is { } served0509)
        {
            return (0.7, $"{_code[p]} rests on a technology term while the texts also name {served0509}, a trade with no category of its own (0509)"
                + $" (仅凭技术词判定为{_code[p]}，文本亦提及无专门类别的行业“{served0509}”)");
        }

        if (index.YieldsToSector(p) && s.Strong[p] == 0 && HintedSector(s) is { } served)
        {
            return (0.7, $"{_code[p]} rests on a context term while the texts also name the sector of {_code[served]}");
        }

        if (p == index.Fallback && s.ProductsUnexplained && OnlyLicenceService(s))
        {
            return (0.6, "0509 rests on a generic AI term and the licence's generic 技术服务 / 技术咨询 only, while 主要产品 names its use in words no list knows"
                + " (仅有通用人工智能表述与执照通用的技术服务条目，主要产品所述用途未被识别，可能属于某一行业)");
        }

        if (p == index.Fallback && OtherCountedSector(s, p) is not null && tally.ManySectors(s) is var many && many != ManySectorsReading.None)
        {
            return many == ManySectorsReading.SaidSo
                ? (0.8, null)
                : (0.7, "0509: the texts name three sectors or more equally often, each by context terms alone; no one sector is served"
                    + " (文本同等提及三个以上行业，均仅凭行业语境词，未指向单一行业)");
        }

        if (p == index.Fallback && tally.OtherTradeTerm(s) is { } named && OtherCountedSector(s, p) is { } sectorToo)
        {
            return (0.7, $"{_code[p]}: the texts name {named}, a trade with no category of its own, more than the sector of {_code[sectorToo]}"
                + $" (文本更多提及无专门类别的行业“{named}”，少于其的行业语境词指向{_code[sectorToo]})");
        }

        if (p == index.Government && tally.RegulatorTerm(s) is { } regulator && tally.SectorBefore(s, p) is >= 0 and var regulated)
        {
            return (0.7, $"{_code[p]}: the texts name a regulating or enforcing authority ({regulator}); the sector of {_code[regulated]} they name is what it regulates"
                + $" (文本提及监管或执法主体“{regulator}”，{_code[regulated]}的行业词为监管对象)");
        }

        if (index.IsSectorApplication(p) && tally.SectorBefore(s, p) is >= 0 and var earlier)
        {
            return (0.7, $"{_code[p]} is named more than {_code[earlier]}, which precedes it in rule 2; the texts name both sectors"
                + $" (文本更多指向{_code[p]}，{_code[earlier]}按规则2在前，两个行业均被提及)");
        }

        if (index.IsSectorApplication(p) && s.Strong[p] == 0 && OtherCountedSector(s, p) is { } other)
        {
            return (0.7, $"{_code[p]} rests on sector context terms alone while the texts also count {_code[other]}; rule 2 puts {_code[p]} first"
                + $" (仅凭行业语境词判定为{_code[p]}，文本亦计入{_code[other]}，按规则2的优先顺序取前者)");
        }

        if (index.IsSectorApplication(p) && s.Strong[p] == 0 && tally.OtherTradeTerm(s) is { } trade)
        {
            return (0.7, $"{_code[p]} rests on sector context terms alone while the texts also name {trade}, a trade with no category of its own"
                + $" (仅凭行业语境词判定为{_code[p]}，文本亦提及无专门类别的行业“{trade}”)");
        }

        var consistent = v.Partial is not null && Array.IndexOf(v.Partial, p) >= 0;
        var confidence = s.Strong[p] > 0
            ? (s.Strong[p] + s.Context[p] > 1 ? 0.95 : Lone) + (consistent ? 0.03 : 0)
            : 0.75 + (s.Context[p] > 1 ? 0.05 : 0) + (consistent ? 0.05 : 0);
        var otherSector = (index.IsSectorApplication(p) && (tally.OtherTradeCounts(s) || OtherCountedSector(s, p) is not null))
            || (p == index.Fallback && s.Counts(index.FoundationModel));
        return (confidence >= Sure && (Contested(s, p) || UnknownUse(s, p) || otherSector || SoldNotMade(s, p)) ? BelowSure : confidence, null);
    }

    /// <summary>
    /// True when a product or device category (01, 04) has a term in an item or 主要产品 that trades goods and none in an item
    /// that names making them (工业机器人销售；工业机器人安装、维修 with 主要产品 机器人代理): a trader is likely, not surely, a maker.
    /// </summary>
    private bool SoldNotMade(ClassifierScratch s, int p)
    {
        if (!index.IsMade(p))
        {
            return false;
        }

        var sold = false;
        foreach (var f in s.Found)
        {
            if (!f.Active || f.Field == TextField.Name || tally.CategoryOf(s, f) != p)
            {
                continue;
            }

            if (f.Field == TextField.BusinessScope && s.MakeClause.Length > f.Clause && f.Clause >= 0 && s.MakeClause[f.Clause])
            {
                return false;
            }

            sold |= s.IsSoldOnly(f) || (f.Field == TextField.BusinessScope && s.IsSaleOnlyClause(f.Clause));
        }

        return sold;
    }

    /// <summary>
    /// True when a technology category (03) or the generic one (0509) stands while 主要产品 names what it is applied to
    /// in words no list knows (不锈钢管材表面划伤判定): the use may be a sector the lists miss, so the result is likely, not sure.
    /// </summary>
    private bool UnknownUse(ClassifierScratch s, int p) => (index.Level1[p] == TechnologyLevel1 || p == index.Fallback) && s.ProductsUnexplained;

    /// <summary>
    /// True when every counted term of 0509 is the licence's generic 技术服务 / 技术咨询 (<see cref="CategoryIndex.LicenceService"/>)
    /// and no other category counts: the result rests on generic words only, like a generic AI term alone.
    /// </summary>
    private bool OnlyLicenceService(ClassifierScratch s)
    {
        for (var q = 0; q < _code.Length; q++)
        {
            if (q != index.Fallback && s.Counts(q))
            {
                return false;
            }
        }

        var any = false;
        foreach (var f in s.Found)
        {
            if (!f.Active || f.Field == TextField.Name || tally.CategoryOf(s, f) != index.Fallback)
            {
                continue;
            }

            if (!index.LicenceService[f.Rule])
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>A result at least this sure is right at least 95% of the time (issue 16).</summary>
    private const double Sure = 0.9;

    private const double BelowSure = 0.85;

    /// <summary>A category's own term found once, with nothing else for it: likely, not sure (0.91 when the industry class agrees).</summary>
    private const double Lone = 0.88;

    /// <summary>
    /// True when an item of the business scope that decides <paramref name="p"/> also says something else: a term
    /// of another sector application that counts too, or words no list knows (<see cref="ItemResidue"/>, often what
    /// the technology is applied to). The category is then likely but not sure.
    /// </summary>
    private bool Contested(ClassifierScratch s, int p)
    {
        var found = s.Found;
        foreach (var f in found)
        {
            if (!f.Active || f.Field != TextField.BusinessScope || tally.CategoryOf(s, f) != p)
            {
                continue;
            }

            if (s.Unexplained(f.Clause))
            {
                return true;
            }

            foreach (var o in found)
            {
                if (o.Active && o.Field == f.Field && o.Clause == f.Clause && tally.CategoryOf(s, o) is var q && q != p && q >= 0 && index.IsSectorApplication(q))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A sector application other than <paramref name="p"/> that counts too (the first in precedence), or null.</summary>
    private int? OtherCountedSector(ClassifierScratch s, int p)
    {
        for (var q = 0; q < _code.Length; q++)
        {
            if (q != p && index.IsSectorApplication(q) && s.Counts(q))
            {
                return q;
            }
        }

        return null;
    }

    /// <summary>
    /// The first sector application category (05) whose sector term was found but not activated by an AI signal, or
    /// named in the enterprise's name (not an input of the rules, but a reason to look), or null.
    /// </summary>
    private int? HintedSector(ClassifierScratch s)
    {
        for (var p = 0; p < _code.Length; p++)
        {
            if (s.Hinted[p] && index.IsSectorApplication(p))
            {
                return p;
            }
        }

        foreach (var f in s.Found)
        {
            if (f.Field == TextField.Name && tally.CategoryOf(s, f) is var q && q >= 0 && index.IsSectorApplication(q))
            {
                return q;
            }
        }

        return null;
    }

    private (double, string?) OutOfScope(ClassifierScratch s, in Verdict v)
    {
        if (v.Resale)
        {
            return (0.7, "the AI terms stand only in items that sell, retail, wholesale or rent goods: a reseller of AI products is not in the AI sector"
                + " (人工智能表述仅见于销售类条目，视为产品经销商，不属于人工智能产业)");
        }

        if (v.NameSignal)
        {
            return (0.4, "the name carries an AI term but the business scope and main products do not");
        }

        if (v.TextsEmpty)
        {
            return (0.5, v.Partial is not null ? $"no business scope or main products, and industry {v.Industry} is partly AI" : null);
        }

        return (v.Partial is not null || s.Hinted.AsSpan().Contains(true) || tally.HasExclusion(s) || s.NearAi ? 0.8 : 0.95, null);
    }
}
