using System.Text;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>How headers are compared: full-width to half-width (NFKC), case, spaces, underscores, a leading
/// "其中:" or "*", and a trailing unit in brackets such as "(千元)" are ignored.</summary>
internal static class HeaderText
{
    private static readonly string[] PersonalMarkers =
    [
        "联系人", "联系电话", "电话", "手机", "邮箱", "电子邮件", "email", "e-mail", "mail", "phone", "mobile", "telephone",
        "contact", "法定代表人", "法人代表", "负责人", "姓名", "身份证", "微信", "wechat", "传真", "fax",
    ];

    public static string Normalise(string header)
    {
        var t = header.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var sb = new StringBuilder(t.Length);
        foreach (var c in t)
        {
            if (!char.IsWhiteSpace(c) && c != '_' && c != '*' && c != '\u3000' && c != '\uFEFF')
            {
                sb.Append(c);
            }
        }

        var s = sb.ToString();
        if (s.StartsWith("其中:", StringComparison.Ordinal))
        {
            s = s[3..];
        }

        // Trailing units: "(千元)", "[人]", possibly more than one.
        return WithoutUnit(s).TrimEnd(':');
    }

    /// <summary>The header text without its trailing units in brackets, half- or full-width: "营业收入（千元）" gives
    /// "营业收入".</summary>
    public static string WithoutUnit(string header)
    {
        var s = header.Trim();
        while (s.Length > 2 && s[^1] is ')' or '）' or ']' or '】')
        {
            var open = s.LastIndexOfAny(['(', '（', '[', '【']);
            if (open <= 0)
            {
                break;
            }

            s = s[..open].TrimEnd();
        }

        return s;
    }

    /// <summary>True when a header names personal contact data (people's names, phone numbers, e-mail).</summary>
    public static bool IsPersonal(string normalised)
        => PersonalMarkers.Any(m => normalised.Contains(m, StringComparison.Ordinal));
}
