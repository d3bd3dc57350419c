namespace ShanghaiAi.Stats.Synthetic;

/// <summary>
/// The first day of the lunar year (春节, 正月初一) in the Gregorian calendar, 2000-2035: the Spring Festival moves between
/// 21 January and 20 February, and with it the month of the sector's winter dip. Dates of the Chinese calendar as
/// published (e.g. 2024-02-10, 2025-01-29, 2026-02-17, 2027-02-06).
/// </summary>
internal static class SpringFestival
{
    public const int FirstYear = 2000;

    private static readonly (int Month, int Day)[] Dates =
    [
        (2, 5), (1, 24), (2, 12), (2, 1), (1, 22), (2, 9), (1, 29), (2, 18), (2, 7), (1, 26), // 2000-2009
        (2, 14), (2, 3), (1, 23), (2, 10), (1, 31), (2, 19), (2, 8), (1, 28), (2, 16), (2, 5), // 2010-2019
        (1, 25), (2, 12), (2, 1), (1, 22), (2, 10), (1, 29), (2, 17), (2, 6), (1, 26), (2, 13), // 2020-2029
        (2, 3), (1, 23), (2, 11), (1, 31), (2, 19), (2, 8), // 2030-2035
    ];

    public static int LastYear => FirstYear + Dates.Length - 1;

    /// <summary>The festival's first day in <paramref name="year"/>; outside the table, 5 February (its mean date).</summary>
    public static DateOnly Of(int year)
        => year >= FirstYear && year <= LastYear
            ? new DateOnly(year, Dates[year - FirstYear].Month, Dates[year - FirstYear].Day)
            : new DateOnly(year, 2, 5);
}
