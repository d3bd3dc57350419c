using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>Reads and validates the rows of a register or a member roster into <see cref="RegisterEntry"/>s (cell edits
/// REG-H01..H09, REG-S01..S05, FILE-S01).</summary>
internal static class RegisterRowReader
{
    private const int Uscc = 0, Name = 1, District = 2, Park = 3, Industry = 4, Scope = 5, Products = 6, Registered = 7, Size = 8, Since = 9;

    /// <summary>Reads and validates every row, handing each row with a valid credit code to <paramref name="each"/> as it
    /// is read: with its entry (and membership date) when it passed the hard edits, else with a null entry. Rows sharing
    /// a credit code (duplicates, REG-H10) are found by the caller once the whole file is read.</summary>
    public static void Read(IngestContext ctx, Action<int, string, RegisterEntry?, DateOnly?> each)
    {
        var log = ctx.Log;
        var roster = ctx.Request.Kind == IngestKinds.MemberRoster;
        var fieldOf = log.Header.FieldOf;
        Span<char> code = stackalloc char[24];
        var scratch = new Scratch();
        using (var src = ctx.OpenRows())
        {
            while (src.Read())
            {
                ctx.CountRow(src);
                var row = src.RowNumber;
                ReadOnlySpan<char> F(int c) => c < fieldOf.Length && fieldOf[c] >= 0 ? src.Field(fieldOf[c]) : default;

                var rawUscc = F(Uscc);
                var n = CellParser.NormaliseCode(rawUscc, code);
                string? uscc = null;
                var normalised = n > 0 ? code[..n].ToString() : null;
                if (normalised is null)
                {
                    log.Add(row, Uscc, rawUscc, "REG-H01");
                }
                else if (Common.Uscc.Problem(normalised) is not null)
                {
                    log.Add(row, Uscc, rawUscc, "REG-H02", UsccText.Problem(rawUscc, normalised));
                }
                else
                {
                    uscc = normalised;
                }

                var name = Text(log, row, Name, F(Name));
                if (name is null)
                {
                    log.Add(row, Name, F(Name), "REG-H03");
                }
                else if (name.Length > 200)
                {
                    log.Add(row, Name, F(Name), "REG-H04");
                }

                var district = DistrictOf(ctx, row, F(District), uscc, scratch);
                var park = ParkOf(ctx, row, F(Park), district, scratch);
                var industry = IndustryOf(log, row, F(Industry), scratch);
                var scope = Text(log, row, Scope, F(Scope));
                if (scope is null && fieldOf[Scope] >= 0)
                {
                    log.Add(row, Scope, F(Scope), "REG-S04");
                }

                var products = Text(log, row, Products, F(Products));
                var registered = DateOf(ctx, row, Registered, F(Registered));
                var size = SizeOf(log, row, F(Size), scratch);
                var since = roster ? DateOf(ctx, row, Since, F(Since)) : null;
                if (uscc is not null)
                {
                    each(row, uscc, name is not null && !log.HasHard(row)
                        ? new RegisterEntry(uscc, name, district, park, industry, scope, products, registered, size)
                        : null, since);
                }
            }
        }
    }

    /// <summary>Trimmed text or null; text that starts like a formula is kept as text with a warning (FILE-S01).</summary>
    private static string? Text(ValidationLog log, int row, int column, ReadOnlySpan<char> raw)
    {
        var t = CellParser.Trim(raw);
        if (t.IsEmpty)
        {
            return null;
        }

        if (CellParser.LooksLikeFormula(t))
        {
            log.Add(row, column, raw, "FILE-S01");
        }

        return t.ToString();
    }

    /// <summary>The cell without surrounding spaces (<see cref="CellParser.Trim"/>), each character half-width
    /// (<see cref="CellParser.HalfWidth"/>), then without surrounding white space (as <see cref="string.Trim()"/>), written
    /// into <paramref name="buffer"/> (a longer cell gets an array of its own). The look-ups below compare it as it is:
    /// a string per cell, and another for its case, were four to eight allocations a row (issue 15).</summary>
    private static ReadOnlySpan<char> Half(ReadOnlySpan<char> raw, char[] buffer)
    {
        var t = CellParser.Trim(raw);
        var dst = t.Length <= buffer.Length ? buffer : new char[t.Length];
        for (var i = 0; i < t.Length; i++)
        {
            dst[i] = CellParser.HalfWidth(t[i]);
        }

        return dst.AsSpan(0, t.Length).Trim();
    }

    /// <summary><paramref name="text"/> in upper or lower case (invariant, as <see cref="string.ToUpperInvariant"/> and
    /// <see cref="string.ToLowerInvariant"/>: the same length) in <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> Cased(ReadOnlySpan<char> text, char[] buffer, bool upper)
    {
        var dst = text.Length <= buffer.Length ? buffer : new char[text.Length];
        var n = upper ? text.ToUpperInvariant(dst) : text.ToLowerInvariant(dst);
        return dst.AsSpan(0, n);
    }

    private static string? DistrictOf(IngestContext ctx, int row, ReadOnlySpan<char> raw, string? uscc, Scratch scratch)
    {
        var t = Half(raw, scratch.Half);
        var reference = ctx.Reference;
        var d = reference.DistrictsByCode.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(t, out var byCode) ? byCode : null;
        if (d is null)
        {
            foreach (var x in reference.Districts)
            {
                if ((x.NameZh is not null && t.SequenceEqual(x.NameZh)) || (x.NameEn is not null && t.Equals(x.NameEn, StringComparison.OrdinalIgnoreCase)))
                {
                    d = x;
                    break;
                }
            }
        }

        if (d is null)
        {
            ctx.Log.Add(row, District, raw, "REG-H05");
            return null;
        }

        var active = d.Active ? d : reference.ResolveDistrict(d.Code);
        if (active is null)
        {
            ctx.Log.Add(row, District, raw, "REG-H05");
            return null;
        }

        if (!d.Active)
        {
            ctx.Log.Add(row, District, raw, "REG-S01", active.Code);
        }

        if (uscc is not null)
        {
            var div = Common.Uscc.DivisionCode(uscc);
            if (div is not ("310000" or "310100") && reference.ResolveDistrict(div)?.Code != active.Code)
            {
                ctx.Log.Add(row, District, raw, "REG-S02", $"the district of the code's positions 3-8 ({div}); district {active.Code} differs");
            }
        }

        return active.Code;
    }

    private static string? ParkOf(IngestContext ctx, int row, ReadOnlySpan<char> raw, string? district, Scratch scratch)
    {
        var zh = Half(raw, scratch.Half);
        var t = Cased(zh, scratch.Cased, upper: true);
        if (t.Length == 0)
        {
            return null;
        }

        if (!ctx.Reference.ParksById.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(t, out var park))
        {
            park = null;
            foreach (var p in ctx.Reference.Parks)
            {
                if (p.NameZh is not null && zh.SequenceEqual(p.NameZh))
                {
                    park = p;
                    break;
                }
            }

            if (park is null)
            {
                ctx.Log.Add(row, Park, raw, "REG-H06");
                return null;
            }
        }

        if (district is not null && park.DistrictCode != district)
        {
            ctx.Log.Add(row, Park, raw, "REG-S03", park.DistrictCode);
        }

        return park.ParkId;
    }

    private static string? IndustryOf(ValidationLog log, int row, ReadOnlySpan<char> raw, Scratch scratch)
    {
        var t = Cased(Half(raw, scratch.Half), scratch.Cased, upper: true);
        if (t.Length == 5 && t[0] is >= 'A' and <= 'T')
        {
            t = t[1..];
        }

        if (t.Length == 4 && !t.ContainsAnyExceptInRange('0', '9'))
        {
            return t.ToString();
        }

        log.Add(row, Industry, raw, "REG-H07");
        return null;
    }

    private static DateOnly? DateOf(IngestContext ctx, int row, int column, ReadOnlySpan<char> raw)
    {
        switch (DateCell.Parse(raw, out var d))
        {
            case CellParse.Empty:
                return null;
            case CellParse.Invalid:
                ctx.Log.Add(row, column, raw, "REG-H08");
                return null;
            default:
                if (d > ctx.Today)
                {
                    ctx.Log.Add(row, column, raw, "REG-H09", ctx.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                    return null;
                }

                return d;
        }
    }

    private static string? SizeOf(ValidationLog log, int row, ReadOnlySpan<char> raw, Scratch scratch)
    {
        var t = Cased(Half(raw, scratch.Half), scratch.Cased, upper: false);
        switch (t)
        {
            case "":
                return null;
            case "规上" or "是" or "y" or "yes" or "规模以上" or "above":
                return "规上";
            case "规下" or "否" or "n" or "no" or "规模以下" or "below":
                return "规下";
            default:
                log.Add(row, Size, raw, "REG-S05");
                return null;
        }
    }

    /// <summary>The reading thread's buffers for a cell's half-width and cased forms (cells longer than these get their own).</summary>
    private sealed class Scratch
    {
        public char[] Half { get; } = new char[64];

        public char[] Cased { get; } = new char[64];
    }
}
