using System.Globalization;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>What is wrong with a credit code cell, phrased as what is expected: the check of
/// <see cref="Common.Uscc"/>, and the case people meet most, a column Excel turned into numbers.</summary>
internal static class UsccText
{
    /// <summary>The expected text for a code that failed the check; <paramref name="raw"/> is the cell as uploaded,
    /// <paramref name="code"/> its normalised form.</summary>
    public static Words Problem(ReadOnlySpan<char> raw, string code)
    {
        var t = CellParser.Trim(raw).ToString();
        if (IsExcelNumber(t))
        {
            return new Words(
                $"the code as text, not a number: Excel stored '{t}' as a number and lost its last digits; format the column as Text "
                + "and enter the codes again from the register (Excel把信用代码存成了数字并丢失了末几位：请将该列设为“文本”格式后重新录入)",
                $"以文本保存的代码，而非数字：Excel把“{t}”存成了数字并丢失了末几位；请将该列设为“文本”格式后按名录重新录入");
        }

        if (code.Length != 18)
        {
            return new Words(
                string.Create(CultureInfo.InvariantCulture, $"18 characters, not {code.Length}"),
                string.Create(CultureInfo.InvariantCulture, $"18位字符，而非{code.Length}位"));
        }

        return new Words("a valid code: " + (Common.Uscc.Problem(code) ?? "ok"), "通过GB 32100-2015校验的代码（校验码不符）");
    }

    /// <summary>The expected text for an empty code cell.</summary>
    public static Words Missing { get; } = new("an 18-character code", "18位统一社会信用代码");

    /// <summary>True for what Excel makes of an 18-digit code typed into a number cell: 9.13101040005001E+17, or the
    /// digits of that number written out (913101040005001000).</summary>
    public static bool IsExcelNumber(ReadOnlySpan<char> t)
    {
        var e = t.IndexOfAny('E', 'e');
        if (e > 0)
        {
            var mantissa = t[..e];
            var exponent = t[(e + 1)..].TrimStart('+');
            return exponent.Length is > 0 and <= 2 && !exponent.ContainsAnyExceptInRange('0', '9')
                && !mantissa.ContainsAnyExcept("0123456789.") && mantissa.Count('.') <= 1;
        }

        return t.Length is >= 16 and <= 20 && !t.ContainsAnyExceptInRange('0', '9') && t.EndsWith("00");
    }
}
