using System.Globalization;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>Dates as people type them, and Excel date serials.</summary>
internal static class DateCell
{
    /// <summary>A date: YYYY-MM-DD, YYYY/M/D, YYYY.MM.DD, YYYYMMDD, YYYY年M月D日, or an Excel date serial.</summary>
    public static CellParse Parse(ReadOnlySpan<char> raw, out DateOnly date)
    {
        date = default;
        var s = CellParser.Trim(raw);
        if (s.Length == 0)
        {
            return CellParse.Empty;
        }

        var t = new string(s.ToArray().Select(CellParser.HalfWidth).ToArray());
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
}
