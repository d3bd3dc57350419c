namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// Evidence gathering: finds the keyword rules' terms in one text field (after <see cref="TextNormaliser"/>) and keeps
/// those that stand: an exclusion removes the terms it overlaps (unless one strictly contains it), a longer term
/// removes the shorter ones inside it, and a guard word (财产线索) is such a longer term that is then dropped itself.
/// Each kept term records its clause of the business scope.
/// </summary>
internal sealed class TermScanner(CategoryIndex index)
{
    private readonly TermMatcher _matcher = new(index.Rules.Select(r => r.Normalised).ToList());
    private readonly KeywordRule[] _rules = index.Rules;

    /// <summary>Adds the terms of <paramref name="text"/> that stand to <see cref="ClassifierScratch.Found"/>.</summary>
    public void Scan(ClassifierScratch s, TextField field, string? text)
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
        if (field != TextField.Name)
        {
            ItemResidue.Count(s, span, hits, field);
            if (field == TextField.BusinessScope)
            {
                MarkTradeItems(s, span);
            }
            else
            {
                s.ProductsTradeOnly = (IsSale(span, ProductSaleWords) || span.IndexOf("代理销售", StringComparison.Ordinal) >= 0) && !Holds(span, MakeWords);
            }
        }

        for (var i = 0; i < hits.Count; i++)
        {
            var h = hits[i];
            if (_rules[h.Term].Kind == KeywordKind.Guard)
            {
                continue; // its only effect: as the longer match it removes the terms inside it (Removed)
            }

            if (_rules[h.Term].Kind == KeywordKind.Exclusion)
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

    /// <summary>
    /// Marks the items of the business scope that trade goods (第二类医疗器械销售, 药品零售, 出版物批发, 医疗设备租赁), and
    /// those that name making them (智能机器人的研发、制造、销售: the firm sells what it makes).
    /// </summary>
    private static void MarkTradeItems(ClassifierScratch s, ReadOnlySpan<char> span)
    {
        var start = 0;
        for (var c = 0; c <= s.Breaks.Count; c++)
        {
            var end = c < s.Breaks.Count ? s.Breaks[c] : span.Length;
            var item = span[start..end];
            if (Holds(item, TradeWords))
            {
                s.MarkTradeClause(c);
            }

            if (Holds(item, MakeWords))
            {
                s.MarkMakeClause(c);
            }

            if (IsSale(item, SaleWords))
            {
                s.MarkSaleItem(c);
            }

            if (FirstOf(item, UseWords) is >= 0 and var use)
            {
                s.MarkUse(c, start + use);
            }

            start = end + 1;
        }
    }

    private static bool Holds(ReadOnlySpan<char> item, string[] words)
    {
        foreach (var word in words)
        {
            if (item.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="item"/> is a sale in the licence's phrasing: a trade verb at the end of the item or of a
    /// part of it (智能网联汽车销售, 服务器销售 不含许可类), or an English item starting "sales of" / "retail of" ...; a trade word
    /// inside a noun (零售门店, 经销商订货, 租赁资产) is not a sale.
    /// </summary>
    private static bool IsSale(ReadOnlySpan<char> item, string[] verbs)
    {
        var trimmed = item.Trim();
        foreach (var start in EnglishSaleStarts)
        {
            if (trimmed.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var verb in verbs)
        {
            for (var i = item.IndexOf(verb, StringComparison.Ordinal); i >= 0; i = NextOf(item, verb, i + 1))
            {
                var after = i + verb.Length;
                if (after == item.Length || item[after] == ' ')
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int NextOf(ReadOnlySpan<char> item, string word, int from)
    {
        var j = item[from..].IndexOf(word, StringComparison.Ordinal);
        return j < 0 ? -1 : from + j;
    }

    /// <summary>The first position of any of <paramref name="words"/> in <paramref name="item"/>, or -1.</summary>
    private static int FirstOf(ReadOnlySpan<char> item, string[] words)
    {
        var first = -1;
        foreach (var word in words)
        {
            var i = item.IndexOf(word, StringComparison.Ordinal);
            if (i >= 0 && (first < 0 || i < first))
            {
                first = i;
            }
        }

        return first;
    }

    private static readonly string[] TradeWords = ["销售", "零售", "批发", "租赁"];

    private static readonly string[] SaleWords = ["销售", "零售", "批发", "租赁", "分销", "经销"];

    /// <summary>主要产品 that trade: also 代理 (机器人代理) at the end of a part.</summary>
    private static readonly string[] ProductSaleWords = ["销售", "零售", "批发", "租赁", "分销", "经销", "代理"];

    private static readonly string[] EnglishSaleStarts = ["sales of", "sale of", "retail of", "wholesale of", "rental of", "leasing of", "distribution of"];

    private static readonly string[] MakeWords = ["制造", "生产", "研发", "开发", "设计", "加工", "组装", "研制", "manufactur", "production", "development", "design", "r&d", "research"];

    /// <summary>Words saying the firm uses goods in its own service (应用手术机器人开展诊疗, 部署服务机器人办理业务).</summary>
    private static readonly string[] UseWords = ["使用", "应用", "运用", "采用", "利用", "借助", "部署", "配置", "依托"];

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
