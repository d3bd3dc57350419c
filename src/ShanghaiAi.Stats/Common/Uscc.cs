using System.Runtime.CompilerServices;

namespace ShanghaiAi.Stats.Common;

/// <summary>
/// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters, the last a check character
/// over the first 17. Positions 3-8 carry the administrative division code of the registering authority.
/// </summary>
public static class Uscc
{
    /// <summary>The 31 characters of the code (no I, O, Z, S, V).</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The value of each ASCII character in <see cref="Alphabet"/>, -1 for the others: the check runs by table
    /// lookup, fast enough for every row of a large upload.</summary>
    private static readonly sbyte[] Values = BuildValues();

    private static sbyte[] BuildValues()
    {
        var v = new sbyte[128];
        Array.Fill(v, (sbyte)-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            v[Alphabet[i]] = (sbyte)i;
        }

        return v;
    }

    private static int ValueOf(char c) => c < 128 ? Values[c] : -1;

    /// <summary>Upper case, half-width, trimmed; does not validate.</summary>
    public static string Normalise(string text)
    {
        Span<char> buf = stackalloc char[Math.Min(text.Length, 64)];
        var n = 0;
        foreach (var raw in text)
        {
            var c = raw;
            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                c = (char)(c - 0xFEE0);
            }

            if (char.IsWhiteSpace(c) || c == '\u3000')
            {
                continue;
            }

            if (n == buf.Length)
            {
                return text.Trim().ToUpperInvariant();
            }

            buf[n++] = char.ToUpperInvariant(c);
        }

        return new string(buf[..n]);
    }

    /// <summary>The check character for the first 17 characters, or null when one is not in the alphabet.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static char? CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = ValueOf(first17[i]);
            if (v < 0)
            {
                return null;
            }

            sum += v * Weights[i];
        }

        var check = (31 - (sum % 31)) % 31;
        return Alphabet[check];
    }

    /// <summary>True when <paramref name="code"/> (already normalised) is 18 valid characters with the right check.</summary>
    public static bool IsValid(string? code) => code is not null && IsValid(code.AsSpan());

    /// <summary>True when <paramref name="code"/> (already normalised) is 18 valid characters with the right check.</summary>
    public static bool IsValid(ReadOnlySpan<char> code)
        => code.Length == 18 && CheckCharacter(code[..17]) is { } c && c == code[17];

    /// <summary>Why a normalised code is invalid, or null when valid.</summary>
    public static string? Problem(string code)
    {
        if (code.Length != 18)
        {
            return $"expected 18 characters, found {code.Length}";
        }

        for (var i = 0; i < 17; i++)
        {
            if (ValueOf(code[i]) < 0)
            {
                return $"character {i + 1} '{code[i]}' is not allowed (GB 32100-2015 uses 0-9 and A-Y without I, O, S, V, Z)";
            }
        }

        var expected = CheckCharacter(code.AsSpan(0, 17))!.Value;
        return expected == code[17] ? null : $"check character should be '{expected}', found '{code[17]}'";
    }

    /// <summary>Positions 3-8: the administrative division code.</summary>
    public static string DivisionCode(string code) => code.Length >= 8 ? code.Substring(2, 6) : string.Empty;

    /// <summary>Builds a valid code from a 17-character body.</summary>
    public static string WithCheck(string first17)
        => first17 + (CheckCharacter(first17) ?? throw new ArgumentException($"invalid USCC body '{first17}'", nameof(first17)));
}
