using System.Globalization;
using System.Runtime.CompilerServices;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// Cell text as people type it: surrounding spaces (also ideographic and no-break), full-width forms, codes written
/// with spaces, text that starts like a formula, values cut for messages. The parsers of numbers
/// (<see cref="NumberCell"/>), periods (<see cref="PeriodCell"/>) and dates (<see cref="DateCell"/>) build on it.
/// Works on spans: no allocation per cell.
/// </summary>
internal static class CellParser
{
    private static readonly System.Buffers.SearchValues<char> UpperAlnum = System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> s)
    {
        var a = 0;
        var b = s.Length;
        while (a < b && IsSpace(s[a]))
        {
            a++;
        }

        while (b > a && IsSpace(s[b - 1]))
        {
            b--;
        }

        return s[a..b];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    internal static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0' or '\r' or '\n' or '\uFEFF';

    /// <summary>Half-width form of a character (full-width ASCII block, ideographic space, minus sign).</summary>
    public static char HalfWidth(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        '\u2212' => '-',
        '\u3002' => '.',
        _ => c,
    };

    /// <summary>Upper-case, half-width, without spaces; returns the length written (or -1 when longer than <paramref name="dst"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int NormaliseCode(ReadOnlySpan<char> raw, Span<char> dst)
    {
        // Fast path: already upper-case ASCII letters and digits.
        if (raw.Length <= dst.Length && !raw.ContainsAnyExcept(UpperAlnum))
        {
            raw.CopyTo(dst);
            return raw.Length;
        }

        var n = 0;
        foreach (var r in raw)
        {
            var c = HalfWidth(r);
            if (c is ' ' or '\t' or '\u00A0' or '\r' or '\n' or '\uFEFF')
            {
                continue;
            }

            if (n == dst.Length)
            {
                return -1;
            }

            dst[n++] = char.ToUpperInvariant(c);
        }

        return n;
    }

    /// <summary>True when text starts like a spreadsheet formula (= + - @), a CSV-injection risk.</summary>
    public static bool LooksLikeFormula(ReadOnlySpan<char> raw)
    {
        var s = Trim(raw);
        return s.Length > 1 && HalfWidth(s[0]) is '=' or '+' or '-' or '@';
    }

    /// <summary>A value for a message: cut to 100 characters.</summary>
    public static string Show(ReadOnlySpan<char> raw)
        => raw.Length > 100 ? string.Concat(raw[..100], "…") : raw.ToString();

    internal static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
