using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// Finds the next character that ends an unquoted CSV field: the delimiter, CR, LF or a quote. It does what
/// <c>IndexOfAny(SearchValues)</c> does, compiled optimised at its first call: the vectorised library search has no
/// precompiled code for this machine and ran unoptimised for most of a 1,000,000-row read, waiting for the background
/// recompile (about 5% of a monthly load's CPU samples, on the reading thread, issue 15).
/// </summary>
internal readonly struct CsvStops(char delimiter)
{
    private readonly ushort _delimiter = delimiter;

    /// <summary>The index of the first stop in <paramref name="s"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int IndexIn(ReadOnlySpan<char> s)
    {
        var chars = MemoryMarshal.Cast<char, ushort>(s);
        var i = 0;
        if (Vector128.IsHardwareAccelerated && chars.Length >= Vector128<ushort>.Count)
        {
            var d = Vector128.Create(_delimiter);
            var cr = Vector128.Create((ushort)'\r');
            var lf = Vector128.Create((ushort)'\n');
            var quote = Vector128.Create((ushort)'"');
            ref var first = ref MemoryMarshal.GetReference(chars);
            var last = chars.Length - Vector128<ushort>.Count;
            while (true)
            {
                var v = Vector128.LoadUnsafe(ref first, (nuint)i);
                var hit = Vector128.Equals(v, d) | Vector128.Equals(v, cr) | Vector128.Equals(v, lf) | Vector128.Equals(v, quote);
                if (hit != Vector128<ushort>.Zero)
                {
                    return i + BitOperations.TrailingZeroCount(hit.ExtractMostSignificantBits());
                }

                if (i == last)
                {
                    return -1;
                }

                // The last block overlaps the one before it rather than leaving a tail to a scalar loop.
                i = Math.Min(i + Vector128<ushort>.Count, last);
            }
        }

        for (; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c == _delimiter || c == '\r' || c == '\n' || c == '"')
            {
                return i;
            }
        }

        return -1;
    }
}
