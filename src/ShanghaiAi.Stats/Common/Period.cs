using System.Globalization;

namespace ShanghaiAi.Stats.Common;

/// <summary>A reporting month, written YYYY-MM. Stored in DuckDB as the DATE of its first day.</summary>
public readonly record struct Period : IComparable<Period>
{
    public Period(int year, int month)
    {
        if (year is < 1900 or > 2999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "year must be in 1900-2999");
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "month must be in 1-12");
        }

        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public Period Previous => AddMonths(-1);

    public Period SameMonthLastYear => new(Year - 1, Month);

    public int Index => (Year * 12) + Month - 1;

    public static Period FromIndex(int index) => new(index / 12, (index % 12) + 1);

    public static Period FromDate(DateOnly date) => new(date.Year, date.Month);

    public static Period FromDate(DateTime date) => new(date.Year, date.Month);

    public Period AddMonths(int months) => FromIndex(checked(Index + months));

    public static Period Parse(string text)
        => TryParse(text, out var p)
            ? p
            : throw new StatsException($"period: expected YYYY-MM (e.g. 2026-09), found '{text}'");

    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (text is null)
        {
            return false;
        }

        var t = text.Trim();
        if (t.Length == 6 && t.All(char.IsAsciiDigit))
        {
            t = t[..4] + "-" + t[4..];
        }

        if (t.Length is < 6 or > 7 || !char.IsAsciiDigit(t[0]))
        {
            return false;
        }

        var parts = t.Split('-', '/', '.');
        if (parts.Length != 2 || parts[0].Length != 4 || parts[1].Length is < 1 or > 2)
        {
            return false;
        }

        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || m is < 1 or > 12 || y is < 1900 or > 2999)
        {
            return false;
        }

        period = new Period(y, m);
        return true;
    }

    public int CompareTo(Period other) => Index.CompareTo(other.Index);

    public static bool operator <(Period a, Period b) => a.Index < b.Index;

    public static bool operator >(Period a, Period b) => a.Index > b.Index;

    public static bool operator <=(Period a, Period b) => a.Index <= b.Index;

    public static bool operator >=(Period a, Period b) => a.Index >= b.Index;

    /// <summary>Chinese label of the YTD span, e.g. "2026年1-9月" (January alone: "2026年1月").</summary>
    public string YtdLabelZh => Month == 1
        ? string.Create(CultureInfo.InvariantCulture, $"{Year}年1月")
        : string.Create(CultureInfo.InvariantCulture, $"{Year}年1-{Month}月");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
