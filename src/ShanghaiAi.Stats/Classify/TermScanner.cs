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
    private readonly KeywordKind[] _kind = index.Rules.Select(r => r.Kind).ToArray();
    private readonly int _longest = index.Rules.Max(r => r.Normalised.Length);

    /// <summary>Adds the terms of <paramref name="text"/> that stand to <see cref="ClassifierScratch.Found"/>.</summary>
    public void Scan(ClassifierScratch s, TextField field, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var buf = s.BufferFor(text.Length);
        var n = TextNormaliser.Normalise(text, buf, s.Breaks);
        var span = buf.AsSpan(0, n);

        s.Hits.Clear();
        s.Marks.Clear();
        _matcher.Scan(span, s.Hits, s.Marks);
        var hits = s.Hits;
        if (field != TextField.Name)
        {
            ItemResidue.Count(s, span, hits, s.Breaks, field);
            s.NearAi |= ItemMarks.HoldsWordNearAi(s.Marks);
            if (field == TextField.BusinessScope)
            {
                ItemMarks.MarkItems(s, span, s.Breaks, s.Marks);
            }
            else
            {
                s.ProductsTradeOnly = ItemMarks.TradeOnly(span, s.Marks);
                s.ProductsUseStart = ItemMarks.ProductUseStart(s.Marks);
            }
        }

        for (var i = 0; i < hits.Count; i++)
        {
            var h = hits[i];
            if (_kind[h.Term] == KeywordKind.Guard)
            {
                continue; // its only effect: as the longer match it removes the terms inside it (Removed)
            }

            if (_kind[h.Term] == KeywordKind.Exclusion)
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

    /// <summary>A hit is removed when an exclusion overlaps it (unless it strictly contains the exclusion) or a longer term contains it.</summary>
    private bool Removed(List<TermHit> hits, int i)
    {
        var h = hits[i];
        var len = h.End - h.Start;
        var (first, last) = Overlapping(hits, i);
        for (var j = first; j <= last; j++)
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
            if (_kind[o.Term] == KeywordKind.Exclusion ? !containsOther : containedByOther)
            {
                return true;
            }
        }

        return false;
    }

    private bool InsideLongerExclusion(List<TermHit> hits, int i)
    {
        var h = hits[i];
        var (first, last) = Overlapping(hits, i);
        for (var j = first; j <= last; j++)
        {
            var o = hits[j];
            if (_kind[o.Term] == KeywordKind.Exclusion && o.Start <= h.Start && o.End >= h.End && o.End - o.Start > h.End - h.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The range of hits that can overlap hit <paramref name="i"/>: the hits come in order of end, so those before it
    /// overlap only while they end after its start, and those after it only while they may start before its end (no
    /// term is longer than the longest).
    /// </summary>
    private (int First, int Last) Overlapping(List<TermHit> hits, int i)
    {
        var h = hits[i];
        var first = i;
        while (first > 0 && hits[first - 1].End > h.Start)
        {
            first--;
        }

        var last = i;
        while (last + 1 < hits.Count && hits[last + 1].End - _longest < h.End)
        {
            last++;
        }

        return (first, last);
    }

    /// <summary>The item of <paramref name="position"/>: how many clause breaks stand before it.</summary>
    internal static int Clause(List<int> breaks, int position)
    {
        var c = 0;
        while (c < breaks.Count && breaks[c] < position)
        {
            c++;
        }

        return c;
    }
}
