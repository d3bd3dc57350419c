namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// Evidence gathering: finds the keyword rules' terms in one text field (after <see cref="TextNormaliser"/>) and keeps
/// those that stand: an exclusion removes the terms it overlaps (unless one strictly contains it), a longer term
/// removes the shorter ones inside it, and a guard word (财产线索) is such a longer term that is then dropped itself.
/// Each kept term records its clause of the business scope.
/// </summary>
internal sealed class TermScanner(CategoryIndex index)
{
    private readonly TermMatcher _matcher = new(index.Rules.Select(r => r.Normalised).ToList(), ItemMarks.Words);
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
        s.Marks.Clear();
        _matcher.Scan(span, s.Hits, s.Marks);
        var hits = s.Hits;
        if (field != TextField.Name)
        {
            ItemResidue.Count(s, span, hits, field);
            if (field == TextField.BusinessScope)
            {
                ItemMarks.MarkItems(s, span, s.Breaks, s.Marks);
            }
            else
            {
                s.ProductsTradeOnly = ItemMarks.TradeOnly(span, s.Marks);
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
