namespace ShanghaiAi.Stats.Synthetic;

/// <summary>
/// How a category's growth moves from year to year: each (category, year) draws a deviation from the category's mean
/// growth (standard deviation 10 points) from its own seeded stream, so categories grow at different and changing
/// rates while every enterprise of a category shares its cycle. Deterministic by seed.
/// </summary>
internal sealed class GrowthPath(int seed)
{
    private readonly Dictionary<(string Category, int Year), double> _deviation = [];

    /// <summary>The deviation from the mean annual growth of <paramref name="category"/> in <paramref name="year"/>.</summary>
    public double Deviation(string category, int year)
    {
        if (!_deviation.TryGetValue((category, year), out var d))
        {
            var entity = (long.Parse(category, System.Globalization.CultureInfo.InvariantCulture) * 10_000) + year;
            d = Math.Clamp(0.10 * Seeds.For(seed, entity, Seeds.Cycle).Gaussian(), -0.25, 0.25);
            _deviation[(category, year)] = d;
        }

        return d;
    }
}
