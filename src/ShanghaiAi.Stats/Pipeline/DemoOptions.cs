using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Pipeline;

/// <summary>What <c>aistats demo</c> runs: the synthetic data set's size and seed, and where outputs go.</summary>
/// <param name="End">The latest month of data and the period closed; null = the month before today.</param>
/// <param name="TrendMonths">How many months up to <paramref name="End"/> are closed (for the trend charts); null = every
/// generated month.</param>
public sealed record DemoOptions(string OutDir, int Enterprises = 2000, int Months = 36, Period? End = null, int Seed = 20250, int? TrendMonths = null)
{
    /// <summary>The months closed: <see cref="TrendMonths"/> within 1..<see cref="Months"/>, every month by default.</summary>
    public int MonthsClosed => Math.Clamp(TrendMonths ?? Months, 1, Months);

    public Period ResolveEnd(TimeProvider time) => End ?? Period.FromDate(time.GetLocalNow().DateTime).Previous;
}
