using System.Globalization;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;

namespace ShanghaiAi.Stats.Pipeline;

/// <summary>
/// One data row of a register file as read (its register columns' text, in <see cref="KindSchema.RegisterColumns"/>
/// order), turned into a <see cref="RegisterEntry"/> or the problem that keeps it from being classified, under the
/// register rules' ids (REG-H01, H02, H03, H07). Only what classification needs is checked; dates that do not parse
/// are left empty.
/// </summary>
internal sealed record RegisterFileRow(int Row, string?[] Cells)
{
    private const int Uscc = 0, Name = 1, District = 2, Park = 3, Industry = 4, Scope = 5, Products = 6, Registered = 7, Size = 8;

    private static readonly System.Buffers.SearchValues<char> NormalUsccChars = System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyyMMdd", "yyyy.M.d", "yyyy年M月d日"];

    /// <summary>The entry, or the problem (thread-safe).</summary>
    public (RegisterEntry? Entry, Issue? Problem) ToEntry()
    {
        var rawUscc = Cells[Uscc];
        if (rawUscc is null)
        {
            return (null, Problem("uscc", null, "REG-H01", "expected the unified social credit code, found an empty cell", "统一社会信用代码为空"));
        }

        var uscc = rawUscc is { Length: 18 } && rawUscc.AsSpan().IndexOfAnyExcept(NormalUsccChars) < 0 ? rawUscc : Common.Uscc.Normalise(rawUscc);
        if (Common.Uscc.Problem(uscc) is { } problem)
        {
            return (null, Problem("uscc", rawUscc, "REG-H02", $"not a valid unified social credit code ({problem})", $"统一社会信用代码无效（{problem}）"));
        }

        var name = Cells[Name];
        if (name is null)
        {
            return (null, Problem("name", null, "REG-H03", "expected the enterprise name, found an empty cell", "单位名称为空"));
        }

        var rawIndustry = Cells[Industry];
        string? industry = null;
        if (rawIndustry is not null)
        {
            industry = Common.Uscc.Normalise(rawIndustry);
            if (industry.Length == 5 && char.IsAsciiLetter(industry[0]))
            {
                industry = industry[1..]; // "C3491": section letter before the class
            }

            if (industry.Length != 4 || !industry.All(char.IsAsciiDigit))
            {
                return (null, Problem("industry_code", rawIndustry, "REG-H07", "expected a GB/T 4754-2017 class of 4 digits", "行业代码应为GB/T 4754-2017的4位小类代码"));
            }
        }

        DateOnly? registered = Cells[Registered] is { } d && DateOnly.TryParseExact(d.Length > 10 && d[10] is ' ' or 'T' ? d[..10] : d, DateFormats,
            CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        return (new RegisterEntry(uscc, name, Cells[District], Cells[Park], industry, Cells[Scope], Cells[Products], registered, Cells[Size]), null);
    }

    private Issue Problem(string column, string? value, string ruleId, string en, string zh)
        => new(Row, column, null, value, ruleId, RuleSeverity.Hard, en, zh);
}
