using System.Text;
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

                var district = DistrictOf(ctx, row, F(District), uscc);
                var park = ParkOf(ctx, row, F(Park), district);
                var industry = IndustryOf(log, row, F(Industry));
                var scope = Text(log, row, Scope, F(Scope));
                if (scope is null && fieldOf[Scope] >= 0)
                {
                    log.Add(row, Scope, F(Scope), "REG-S04");
                }

                var products = Text(log, row, Products, F(Products));
                var registered = DateOf(ctx, row, Registered, F(Registered));
                var size = SizeOf(log, row, F(Size));
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

    private static string Half(ReadOnlySpan<char> raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var c in CellParser.Trim(raw))
        {
            sb.Append(CellParser.HalfWidth(c));
        }

        return sb.ToString().Trim();
    }

    private static string? DistrictOf(IngestContext ctx, int row, ReadOnlySpan<char> raw, string? uscc)
    {
        var t = Half(raw);
        var reference = ctx.Reference;
        var d = reference.DistrictsByCode.GetValueOrDefault(t)
                ?? reference.Districts.FirstOrDefault(x => x.NameZh == t || string.Equals(x.NameEn, t, StringComparison.OrdinalIgnoreCase));
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

    private static string? ParkOf(IngestContext ctx, int row, ReadOnlySpan<char> raw, string? district)
    {
        var t = Half(raw).ToUpperInvariant();
        if (t.Length == 0)
        {
            return null;
        }

        if (!ctx.Reference.ParksById.TryGetValue(t, out var park))
        {
            var zh = Half(raw);
            park = ctx.Reference.Parks.FirstOrDefault(p => p.NameZh == zh);
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

    private static string? IndustryOf(ValidationLog log, int row, ReadOnlySpan<char> raw)
    {
        var t = Half(raw).ToUpperInvariant();
        if (t.Length == 5 && t[0] is >= 'A' and <= 'T')
        {
            t = t[1..];
        }

        if (t.Length == 4 && t.All(char.IsAsciiDigit))
        {
            return t;
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

    private static string? SizeOf(ValidationLog log, int row, ReadOnlySpan<char> raw)
    {
        var t = Half(raw).ToLowerInvariant();
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
}
