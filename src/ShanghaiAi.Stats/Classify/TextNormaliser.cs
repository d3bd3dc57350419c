using System.Runtime.CompilerServices;

namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// Normalises register texts and keyword terms the same way before matching: full-width to half-width, lower case,
/// traditional to simplified (for the characters of common terms), punctuation and spaces to one space, clause
/// separators (；;。：:！？, the full-width comma ， that separates the items of a business scope, and line breaks) to a
/// clause break <c>'\n'</c>. The enumeration comma 、 and the ASCII comma (English text) are spaces. White space alone
/// between an ASCII letter or digit and a Chinese character is dropped (GPU 算力 reads as GPU算力).
/// </summary>
internal static class TextNormaliser
{
    /// <summary>The clause break in normalised text.</summary>
    public const char ClauseBreak = '\n';

    private const string ClauseSeparators = "；;。：:！!？?\n\r\u2028\u2029";

    private static readonly char[] Map = BuildMap();

    /// <summary>Normalises <paramref name="text"/> into <paramref name="destination"/> (at least as long); returns the length.</summary>
    public static int Normalise(ReadOnlySpan<char> text, Span<char> destination) => Normalise(text, destination, null);

    /// <summary>
    /// Normalises <paramref name="text"/> into <paramref name="destination"/> (at least as long) and, when given, puts the
    /// positions of its clause breaks in <paramref name="breaks"/> (cleared first); returns the length.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: compiled optimised at once, not after a long run in tier 0
    public static int Normalise(ReadOnlySpan<char> text, Span<char> destination, List<int>? breaks)
    {
        breaks?.Clear();
        var map = Map;
        var n = 0;
        var last = ClauseBreak; // start as if after a break: no leading space
        var blank = false; // the space just written stands for white space only (no punctuation)
        foreach (var raw in text)
        {
            var c = map[raw];
            if (c == ' ')
            {
                var white = char.IsWhiteSpace(raw) || raw == '\u3000';
                if (last is ' ' or ClauseBreak)
                {
                    blank &= white;
                    continue;
                }

                blank = white;
            }
            else if (c == ClauseBreak)
            {
                if (last == ClauseBreak)
                {
                    continue;
                }

                if (last == ' ')
                {
                    n--;
                }

                breaks?.Add(n);
            }
            else if (last == ' ' && blank && n >= 2 && JoinsScripts(destination[n - 2], c))
            {
                n--; // "GPU 算力", "AI 芯片": a blank between Latin and Chinese is typography, not a word break
            }

            destination[n++] = c;
            last = c;
        }

        while (n > 0 && destination[n - 1] is ' ' or ClauseBreak)
        {
            n--;
        }

        while (breaks is { Count: > 0 } && breaks[^1] >= n)
        {
            breaks.RemoveAt(breaks.Count - 1);
        }

        return n;
    }

    /// <summary>Normalised copy of <paramref name="text"/>.</summary>
    public static string Normalise(string text)
    {
        var buf = new char[text.Length];
        var n = Normalise(text, buf);
        return new string(buf, 0, n);
    }

    /// <summary>
    /// True when a blank between <paramref name="before"/> and <paramref name="after"/> joins an ASCII letter or digit and
    /// a Chinese character (either order): writers put a space there (GPU 算力租赁, AI 解决方案, 视觉 SLAM) where the
    /// terms have none. Punctuation between them (AI、芯片) stays a space.
    /// </summary>
    private static bool JoinsScripts(char before, char after)
        => (IsWordChar(before) && IsHan(after)) || (IsHan(before) && IsWordChar(after));

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF';

    /// <summary>True for the characters that need word boundaries (normalised ASCII letters and digits).</summary>
    public static bool IsWordChar(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    private static char[] BuildMap()
    {
        var map = new char[65536];
        for (var i = 0; i < map.Length; i++)
        {
            var c = (char)i;
            if (c == '\uFF0C')
            {
                map[i] = ClauseBreak; // the full-width comma separates the items of a Chinese business scope
                continue;
            }

            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                c = (char)(c - 0xFEE0);
            }

            if (ClauseSeparators.Contains(c, StringComparison.Ordinal))
            {
                map[i] = ClauseBreak;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                map[i] = (char)(c + 32);
            }
            else if (char.IsLetterOrDigit(c) && !char.IsSurrogate(c))
            {
                map[i] = char.IsUpper(c) ? char.ToLowerInvariant(c) : c;
            }
            else if (char.IsSurrogate(c))
            {
                map[i] = c;
            }
            else
            {
                map[i] = ' ';
            }
        }

        var pairs = TraditionalChinese.Pairs;
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            map[pairs[i]] = pairs[i + 1];
        }

        return map;
    }
}
