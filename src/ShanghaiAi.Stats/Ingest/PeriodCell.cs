using System.Globalization;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>The reporting period of a cell, as a month index (year * 12 + month - 1).</summary>
internal static class PeriodCell
{
    /// <summary>Year and month of a period cell: YYYY-MM, YYYYMM, YYYY/MM, YYYY.MM, YYYY年M月, a full date, or an
    /// Excel date serial. Returns the month index (year*12 + month-1) or -1.</summary>
    public static int Index(ReadOnlySpan<char> raw)
    {
        var s = CellParser.Trim(raw);
        if (s.Length == 0 || s.Length > 20)
        {
            return -1;
        }

        Span<char> buf = stackalloc char[20];
        for (var i = 0; i < s.Length; i++)
        {
            buf[i] = CellParser.HalfWidth(s[i]);
        }

        var t = buf[..s.Length];
        if (t.Length == 5 && CellParser.IsDigits(t) && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial > 20000 && serial < 80000)
        {
            var d = DateTime.FromOADate(serial);
            return (d.Year * 12) + d.Month - 1;
        }

        if (t.Length < 6 || !CellParser.IsDigits(t[..4]))
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
}
