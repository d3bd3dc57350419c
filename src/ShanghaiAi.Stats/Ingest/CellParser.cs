using System.Globalization;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>The outcome of parsing one cell.</summary>
internal enum CellParse
{
    Empty,
    Ok,
    Invalid,
}

/// <summary>
/// Parses cells as people type them: surrounding spaces, full-width digits and signs (１２３，４５６．７), thousands
/// separators (only in groups of three), and numbers Excel stored as text. Works on spans: no allocation per cell.
/// </summary>
internal static class CellParser
{
    private static readonly System.Buffers.SearchValues<char> UpperAlnum = System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> s)
    {
        var a = 0;
        var b = s.Length;
        while (a < b && IsSpace(s[a]))
        {
            a++;
        }

        while (b > a && IsSpace(s[b - 1]))
        {
            b--;
        }

        return s[a..b];
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0' or '\r' or '\n' or '\uFEFF';

    /// <summary>Half-width form of a character (full-width ASCII block, ideographic space, minus sign).</summary>
    public static char HalfWidth(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        '\u2212' => '-',
        '\u3002' => '.',
        _ => c,
    };

    public static CellParse Decimal(ReadOnlySpan<char> raw, out decimal value)
    {
        value = 0;
        var s = Trim(raw);
        if (s.Length == 0)
        {
            return CellParse.Empty;
        }

        // Fast path: plain ASCII number of up to 18 digits, built directly from its digits.
        if (TryPlain(s, out value))
        {
            return CellParse.Ok;
        }

        if (IsPlain(s))
        {
            return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
                ? CellParse.Ok
                : CellParse.Invalid;
        }

        if (s.Length > 64)
        {
            return CellParse.Invalid;
        }

        Span<char> buf = stackalloc char[64];
        var n = 0;
        var digitsSinceComma = -1;
        var seenPoint = false;
        var seenExp = false;
        foreach (var raw1 in s)
        {
            var c = HalfWidth(raw1);
            if (c == ',')
            {
                if (seenPoint || seenExp || n == 0 || (digitsSinceComma >= 0 && digitsSinceComma != 3) || !char.IsAsciiDigit(buf[n - 1]))
                {
                    return CellParse.Invalid;
                }

                digitsSinceComma = 0;
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                if (digitsSinceComma >= 0 && !seenPoint)
                {
                    digitsSinceComma++;
                }
            }
            else if (c == '.')
            {
                if (digitsSinceComma >= 0 && digitsSinceComma != 3)
                {
                    return CellParse.Invalid;
                }

                seenPoint = true;
            }
            else if (c is 'e' or 'E')
            {
                seenExp = true;
            }
            else if (c is not ('-' or '+'))
            {
                return CellParse.Invalid;
            }

            buf[n++] = c;
        }

        if (digitsSinceComma >= 0 && !seenPoint && digitsSinceComma != 3)
        {
            return CellParse.Invalid;
        }

        try
        {
            return decimal.TryParse(buf[..n], NumberStyles.Float, CultureInfo.InvariantCulture, out value) ? CellParse.Ok : CellParse.Invalid;
        }
        catch (OverflowException)
        {
            return CellParse.Invalid;
        }
    }

    private static bool TryPlain(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (s[0] == '-')
        {
            negative = true;
            i = 1;
        }

        ulong mantissa = 0;
        var digits = 0;
        var scale = -1;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '.')
            {
                if (scale >= 0)
                {
                    return false;
                }

                scale = 0;
                continue;
            }

            var d = unchecked((uint)(c - '0'));
            if (d > 9 || ++digits > 18)
            {
                return false;
            }

            mantissa = (mantissa * 10) + d;
            if (scale >= 0)
            {
                scale++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        value = new decimal(unchecked((int)(uint)mantissa), unchecked((int)(uint)(mantissa >> 32)), 0, negative && mantissa != 0, (byte)Math.Max(scale, 0));
        return true;
    }

    private static bool IsPlain(ReadOnlySpan<char> s)
    {
        var start = s[0] == '-' ? 1 : 0;
        if (start == s.Length || s.Length > 28)
        {
            return false;
        }

        var points = 0;
        for (var i = start; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '.')
            {
                points++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return points <= 1;
    }

    /// <summary>Year and month of a period cell: YYYY-MM, YYYYMM, YYYY/MM, YYYY.MM, YYYY年M月, a full date, or an
    /// Excel date serial. Returns the month index (year*12 + month-1) or -1.</summary>
    public static int PeriodIndex(ReadOnlySpan<char> raw)
    {
        var s = Trim(raw);
        if (s.Length == 0 || s.Length > 20)
        {
            return -1;
        }

        Span<char> buf = stackalloc char[20];
        for (var i = 0; i < s.Length; i++)
        {
            buf[i] = HalfWidth(s[i]);
        }

        var t = buf[..s.Length];
        if (t.Length == 5 && IsDigits(t) && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial > 20000 && serial < 80000)
        {
            var d = DateTime.FromOADate(serial);
            return (d.Year * 12) + d.Month - 1;
        }

        if (t.Length < 6 || !IsDigits(t[..4]))
        {
            return -1;
        }

        var year = ((t[0] - '0') * 1000) + ((t[1] - '0') * 100) + ((t[2] - '0') * 10) + (t[3] - '0');
        var rest = t[4..];
        if (rest[0] is '-' or '/' or '.' or '年')
        {
            rest = rest[1..];
        }

        var m = 0;
        var digits = 0;
        while (digits < rest.Length && digits < 2 && char.IsAsciiDigit(rest[digits]))
        {
            m = (m * 10) + (rest[digits] - '0');
            digits++;
        }

        if (digits == 0 || m is < 1 or > 12 || year < 1900)
        {
            return -1;
        }

        var tail = rest[digits..];
        if (tail.Length > 0 && !(tail is "月" || tail[0] is '-' or '/' or '.'))
        {
            return -1;
        }

        return (year * 12) + m - 1;
    }

    /// <summary>A date: YYYY-MM-DD, YYYY/M/D, YYYY.MM.DD, YYYYMMDD, YYYY年M月D日, or an Excel date serial.</summary>
    public static CellParse Date(ReadOnlySpan<char> raw, out DateOnly date)
    {
        date = default;
        var s = Trim(raw);
        if (s.Length == 0)
        {
            return CellParse.Empty;
        }

        var t = new string(s.ToArray().Select(HalfWidth).ToArray());
        if (t.Length is >= 1 and <= 7 && double.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466)
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
            return CellParse.Ok;
        }

        // Drop a time part ("2020-01-01 00:00:00", "2020-01-01T00:00:00").
        var space = t.IndexOfAny([' ', 'T']);
        if (space > 0)
        {
            t = t[..space];
        }

        t = t.Replace('年', '-').Replace('月', '-').Replace("日", string.Empty, StringComparison.Ordinal).Replace('/', '-').Replace('.', '-');
        string[] formats = ["yyyy-M-d", "yyyyMMdd"];
        return DateOnly.TryParseExact(t, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date) ? CellParse.Ok : CellParse.Invalid;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Upper-case, half-width, without spaces; returns the length written (or -1 when longer than <paramref name="dst"/>).</summary>
    public static int NormaliseCode(ReadOnlySpan<char> raw, Span<char> dst)
    {
        // Fast path: already upper-case ASCII letters and digits.
        if (raw.Length <= dst.Length && !raw.ContainsAnyExcept(UpperAlnum))
        {
            raw.CopyTo(dst);
            return raw.Length;
        }

        var n = 0;
        foreach (var r in raw)
        {
            var c = HalfWidth(r);
            if (c is ' ' or '\t' or '\u00A0' or '\r' or '\n' or '\uFEFF')
            {
                continue;
            }

            if (n == dst.Length)
            {
                return -1;
            }

            dst[n++] = char.ToUpperInvariant(c);
        }

        return n;
    }

    /// <summary>True when text starts like a spreadsheet formula (= + - @), a CSV-injection risk.</summary>
    public static bool LooksLikeFormula(ReadOnlySpan<char> raw)
    {
        var s = Trim(raw);
        return s.Length > 1 && HalfWidth(s[0]) is '=' or '+' or '-' or '@';
    }

    /// <summary>A value for a message: cut to 100 characters.</summary>
    public static string Show(ReadOnlySpan<char> raw)
        => raw.Length > 100 ? string.Concat(raw[..100], "…") : raw.ToString();
}
