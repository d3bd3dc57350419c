using System.Numerics;
using System.Runtime.CompilerServices;

namespace ShanghaiAi.Stats.Common;

/// <summary>
/// Sorts non-negative 64-bit keys with an int beside each, stably (equal keys keep their order), by radix: 11 bits a
/// pass, only as many passes as the largest key needs. It replaces <c>Array.Sort(keys, items)</c> on the million-row
/// paths of a load (duplicate keys of a monthly upload, the history edits' neighbours): the library's sort of that pair of
/// types has no precompiled code and ran unoptimised, its many calls waiting for the background recompile (issue 15).
/// A negative key falls back to <see cref="Array.Sort{TKey, TValue}(TKey[], TValue[], int, int)"/>.
/// </summary>
public static class KeySort
{
    private const int Bits = 11;
    private const int Buckets = 1 << Bits;

    /// <summary>Sorts the first <paramref name="count"/> keys, moving each item with its key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Sort(long[] keys, int[] items, int count)
    {
        Guard.NotNull(keys);
        Guard.NotNull(items);
        if (count < 2)
        {
            return;
        }

        long max = 0;
        for (var i = 0; i < count; i++)
        {
            if (keys[i] < 0)
            {
                Array.Sort(keys, items, 0, count);
                return;
            }

            max |= keys[i];
        }

        var passes = (64 - BitOperations.LeadingZeroCount((ulong)max) + Bits - 1) / Bits;
        var (k1, i1) = (keys, items);
        var (k2, i2) = (new long[count], new int[count]);
        var offsets = new int[Buckets];
        for (var pass = 0; pass < passes; pass++)
        {
            var shift = pass * Bits;
            Array.Clear(offsets);
            for (var i = 0; i < count; i++)
            {
                offsets[(int)((k1[i] >> shift) & (Buckets - 1))]++;
            }

            var sum = 0;
            for (var b = 0; b < Buckets; b++)
            {
                (offsets[b], sum) = (sum, sum + offsets[b]);
            }

            for (var i = 0; i < count; i++)
            {
                var at = offsets[(int)((k1[i] >> shift) & (Buckets - 1))]++;
                k2[at] = k1[i];
                i2[at] = i1[i];
            }

            (k1, k2) = (k2, k1);
            (i1, i2) = (i2, i1);
        }

        if (!ReferenceEquals(k1, keys))
        {
            Array.Copy(k1, keys, count);
            Array.Copy(i1, items, count);
        }
    }
}
