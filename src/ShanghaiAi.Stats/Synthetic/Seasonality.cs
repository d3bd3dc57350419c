using System.Collections.Concurrent;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Synthetic;

/// <summary>
/// Monthly weights of the sector's activity, per year: working days of each month with the Spring Festival (the week
/// before slows, the seven days of the holiday nearly stop, the two weeks after recover: a dip that falls mostly on
/// January in 2025 and on February in 2024 and 2026), the National Day golden week, quarter ends and the December peak
/// (contracts and acceptances booked before the year closes). The twelve weights of a year average 1.
/// </summary>
internal static class Seasonality
{
    /// <summary>Activity of a normal day of each month, before holidays (December: year-end bookings).</summary>
    private static readonly double[] MonthLevel = [1.00, 1.00, 1.06, 1.00, 0.98, 1.12, 0.96, 0.95, 1.08, 1.00, 1.05, 1.45];

    private static readonly ConcurrentDictionary<int, double[]> Years = new();

    /// <summary>The weight of <paramref name="period"/>'s month in its year.</summary>
    public static double Weight(Period period) => Years.GetOrAdd(period.Year, Build)[period.Month - 1];

    /// <summary>A day's activity (1 = a normal working day of its month) around the Spring Festival and National Day.</summary>
    public static double DayActivity(DateOnly day)
    {
        if (day.Month == 10 && day.Day <= 7)
        {
            return 0.3;
        }

        return (day.DayNumber - SpringFestival.Of(day.Year).DayNumber) switch
        {
            >= -10 and <= -4 => 0.85,
            >= -3 and <= -1 => 0.55,
            >= 0 and <= 6 => 0.12,
            >= 7 and <= 13 => 0.6,
            >= 14 and <= 20 => 0.88,
            _ => 1.0,
        };
    }

    private static double[] Build(int year)
    {
        var weights = new double[12];
        for (var m = 1; m <= 12; m++)
        {
            var p = new Period(year, m);
            var days = 0.0;
            for (var d = p.FirstDay; d <= p.LastDay; d = d.AddDays(1))
            {
                days += DayActivity(d);
            }

            weights[m - 1] = MonthLevel[m - 1] * days;
        }

        var mean = weights.Average();
        return [.. weights.Select(w => w / mean)];
    }
}
