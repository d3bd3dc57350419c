using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Synthetic;

/// <summary>What the synthetic generator writes: <paramref name="Enterprises"/> enterprises reporting for
/// <paramref name="Months"/> months ending with <paramref name="End"/>, drawn from <paramref name="Seed"/>.</summary>
/// <param name="Dirty">Adds realistic errors to a small share of report rows (listed in dirty-manifest.csv).</param>
public sealed record GeneratorOptions(int Enterprises, int Months, Period End, int Seed, bool Dirty = false)
{
    /// <summary>The first reported month.</summary>
    public Period Start => End.AddMonths(1 - Months);

    /// <summary>The first simulated month: January of the year before <see cref="Start"/>, so 上年同期 exists.</summary>
    public Period SimulationStart => new(Start.Year - 1, 1);

    internal void Validate()
    {
        if (Problem() is { } problem)
        {
            throw new StatsException(problem);
        }
    }

    /// <summary>What is wrong with these options, speaking of the things (not of any caller's flags), or null.</summary>
    public string? Problem()
    {
        if (Enterprises is < 1 or > 10_000_000)
        {
            return $"the number of enterprises: expected 1-10000000, found {Enterprises}";
        }

        if (Months is < 1 or > 240)
        {
            return $"the number of months: expected 1-240, found {Months}";
        }

        return Start.Year < 2001 ? $"the months reported (last month {End}, {Months} months): expected the first month {Start} to be after 2000" : null;
    }
}
