namespace ShanghaiAi.Stats.Synthetic;

/// <summary>Independent, reproducible random streams: one <see cref="Random"/> per (seed, entity, purpose), so an
/// enterprise's register row does not depend on how many reports were simulated before it.</summary>
internal static class Seeds
{
    public const int Register = 1;
    public const int Series = 2;
    public const int Dirt = 3;
    public const int Membership = 4;
    public const int Park = 5;
    public const int Setup = 6;
    public const int Cycle = 7;

    public static Random For(int seed, long entity, int purpose) => new(Mix(seed, entity, purpose));

    /// <summary>SplitMix64 finaliser over the three inputs, folded to a non-negative int.</summary>
    public static int Mix(int seed, long entity, int purpose)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32) ^ ((ulong)entity * 0x9E3779B97F4A7C15UL) ^ ((ulong)purpose * 0xD1B54A32D192ED03UL);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFFFFFF);
        }
    }

    public static double Gaussian(this Random rng)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public static bool Chance(this Random rng, double p) => rng.NextDouble() < p;

    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    /// <summary>Index drawn with the given non-negative weights.</summary>
    public static int PickWeighted(this Random rng, IReadOnlyList<int> weights, int total)
    {
        var r = rng.Next(total);
        for (var i = 0; i < weights.Count; i++)
        {
            r -= weights[i];
            if (r < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary>A small Poisson count (Knuth; normal approximation above 30).</summary>
    public static int Poisson(this Random rng, double lambda)
    {
        if (lambda <= 0)
        {
            return 0;
        }

        if (lambda > 30)
        {
            return Math.Max(0, (int)Math.Round(lambda + (Math.Sqrt(lambda) * rng.Gaussian())));
        }

        var l = Math.Exp(-lambda);
        var k = 0;
        var p = 1.0;
        do
        {
            k++;
            p *= rng.NextDouble();
        }
        while (p > l);
        return k - 1;
    }
}
