using System.Globalization;
using System.Runtime.CompilerServices;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>Numbers as people type them: full-width digits and signs (１２３，４５６．７), thousands separators (only in
/// groups of three), numbers Excel stored as text.</summary>
internal static class NumberCell
{
    public static CellParse Parse(ReadOnlySpan<char> raw, out decimal value) => Parse(raw, out value, out _);

    /// <summary>As <see cref="Parse(ReadOnlySpan{char}, out decimal)"/>; a plain ASCII number (digits, an optional point
    /// and minus sign) also gives its digits as a whole number in <paramref name="digits"/> (<paramref name="value"/> =
    /// digits / 10^scale, signed), so a caller can check it without decimal arithmetic; any other number gives
    /// <see cref="long.MinValue"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CellParse Parse(ReadOnlySpan<char> raw, out decimal value, out long digits)
    {
        value = 0;
        digits = long.MinValue;
        var s = CellParser.Trim(raw);
        if (s.Length == 0)
        {
            return CellParse.Empty;
        }

        // Fast path: plain ASCII number of up to 18 digits, built directly from its digits.
        if (TryPlain(s, out value, out var mantissa))
        {
            digits = decimal.IsNegative(value) ? -(long)mantissa : (long)mantissa;
            return CellParse.Ok;
        }

        if (IsPlain(s))
        {
            return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
                ? CellParse.Ok
                : CellParse.Invalid;
        }

        if (s.Length > 64)
        {
            return CellParse.Invalid;
        }

        Span<char> buf = stackalloc char[64];
        var n = 0;
        var digitsSinceComma = -1;
        var seenPoint = false;
        var seenExp = false;
        foreach (var raw1 in s)
        {
            var c = CellParser.HalfWidth(raw1);
            if (c == ',')
            {
                if (seenPoint || seenExp || n == 0 || (digitsSinceComma >= 0 && digitsSinceComma != 3) || !char.IsAsciiDigit(buf[n - 1]))
                {
                    return CellParse.Invalid;
                }

                digitsSinceComma = 0;
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                if (digitsSinceComma >= 0 && !seenPoint)
                {
                    digitsSinceComma++;
                }
            }
            else if (c == '.')
            {
                if (digitsSinceComma >= 0 && digitsSinceComma != 3)
                {
                    return CellParse.Invalid;
                }

                seenPoint = true;
            }
            else if (c is 'e' or 'E')
            {
                seenExp = true;
            }
            else if (c is not ('-' or '+'))
            {
                return CellParse.Invalid;
            }

            buf[n++] = c;
        }

        if (digitsSinceComma >= 0 && !seenPoint && digitsSinceComma != 3)
        {
            return CellParse.Invalid;
        }

        try
        {
            return decimal.TryParse(buf[..n], NumberStyles.Float, CultureInfo.InvariantCulture, out value) ? CellParse.Ok : CellParse.Invalid;
        }
        catch (OverflowException)
        {
            return CellParse.Invalid;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryPlain(ReadOnlySpan<char> s, out decimal value, out ulong mantissa)
    {
        value = 0;
        mantissa = 0;
        var i = 0;
        var negative = false;
        if (s[0] == '-')
        {
            negative = true;
            i = 1;
        }

        var digits = 0;
        var scale = -1;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '.')
            {
                if (scale >= 0)
                {
                    return false;
                }

                scale = 0;
                continue;
            }

            var d = unchecked((uint)(c - '0'));
            if (d > 9 || ++digits > 18)
            {
                return false;
            }

            mantissa = (mantissa * 10) + d;
            if (scale >= 0)
            {
                scale++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        value = new decimal(unchecked((int)(uint)mantissa), unchecked((int)(uint)(mantissa >> 32)), 0, negative && mantissa != 0, (byte)Math.Max(scale, 0));
        return true;
    }

    private static bool IsPlain(ReadOnlySpan<char> s)
    {
        var start = s[0] == '-' ? 1 : 0;
        if (start == s.Length || s.Length > 28)
        {
            return false;
        }

        var points = 0;
        for (var i = start; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '.')
            {
                points++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return points <= 1;
    }
}
