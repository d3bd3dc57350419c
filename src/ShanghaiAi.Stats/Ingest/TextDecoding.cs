using System.Text;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>Decodes an uploaded text file: BOMs (UTF-8, UTF-16), UTF-16 without BOM, strict UTF-8, else GB18030
/// (which Chinese Excel writes and which covers GBK/GB2312).</summary>
internal static class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, string EncodingName) Decode(byte[] bytes) => Decode(bytes, null);

    /// <summary>Decodes <paramref name="bytes"/>; a GB18030 file's lines that are valid UTF-8 with non-ASCII bytes (a row
    /// pasted from a UTF-8 file: it would decode to mojibake) are added to <paramref name="misencoded"/> as ranges of
    /// the decoded text.</summary>
    public static (string Text, string EncodingName) Decode(byte[] bytes, List<(int Start, int End)>? misencoded)
    {
        var b = bytes.AsSpan();
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Strict(new UTF8Encoding(false, true), bytes, 3, "UTF-8"), "UTF-8 (BOM)");
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Strict(new UnicodeEncoding(false, false, true), bytes, 2, "UTF-16LE"), "UTF-16LE (BOM)");
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Strict(new UnicodeEncoding(true, false, true), bytes, 2, "UTF-16BE"), "UTF-16BE (BOM)");
        }

        var sample = b[..Math.Min(b.Length, 4096)];
        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if (i % 2 == 0)
                {
                    zeroEven++;
                }
                else
                {
                    zeroOdd++;
                }
            }
        }

        // UTF-16 without a BOM: NULs mostly on one side (the high bytes of ASCII characters). Chinese text has few of
        // them, so the share alone does not tell it from binary: the sample must also read as text.
        if (sample.Length >= 4 && zeroOdd > zeroEven && LooksLikeText(sample, bigEndian: false))
        {
            return (Strict(new UnicodeEncoding(false, false, true), bytes, 0, "UTF-16LE"), "UTF-16LE");
        }

        if (sample.Length >= 4 && zeroEven > zeroOdd && LooksLikeText(sample, bigEndian: true))
        {
            return (Strict(new UnicodeEncoding(true, false, true), bytes, 0, "UTF-16BE"), "UTF-16BE");
        }

        if (sample.Length >= 4 && zeroOdd > sample.Length / 8 && zeroEven * 8 < zeroOdd)
        {
            return (Strict(new UnicodeEncoding(false, false, true), bytes, 0, "UTF-16LE"), "UTF-16LE");
        }

        if (sample.Length >= 4 && zeroEven > sample.Length / 8 && zeroOdd * 8 < zeroEven)
        {
            return (Strict(new UnicodeEncoding(true, false, true), bytes, 0, "UTF-16BE"), "UTF-16BE");
        }

        if (zeroEven + zeroOdd > 0)
        {
            throw new DecoderFallbackException("the file holds NUL bytes: it is binary, not text");
        }

        if (System.Text.Unicode.Utf8.IsValid(b))
        {
            return (Encoding.UTF8.GetString(bytes), "UTF-8");
        }

        var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        if (misencoded is null)
        {
            return (Strict(gb, bytes, 0, "GB18030"), "GB18030");
        }

        return (Gb18030Lines(gb, bytes, misencoded), "GB18030");
    }

    /// <summary>A GB18030 file decoded line by line: a line that is valid UTF-8 holding multi-byte characters (a row
    /// pasted from a UTF-8 file; as GB18030 it would be mojibake or no text at all) is decoded as UTF-8 and its range
    /// in the text added to <paramref name="found"/>, so its row is rejected naming it. LF (0x0A) never occurs inside
    /// a GB18030 character, so the file splits into lines on it byte-wise.</summary>
    private static string Gb18030Lines(Encoding gb, byte[] bytes, List<(int Start, int End)> found)
    {
        var sb = new StringBuilder(bytes.Length);
        var span = bytes.AsSpan();
        var pos = 0;
        while (pos < span.Length)
        {
            var nl = span[pos..].IndexOf((byte)'\n');
            var end = nl < 0 ? span.Length : pos + nl + 1;
            var line = span[pos..end];
            if (line.ContainsAnyExceptInRange((byte)0, (byte)0x7F) && System.Text.Unicode.Utf8.IsValid(line))
            {
                var start = sb.Length;
                sb.Append(Encoding.UTF8.GetString(line));
                found.Add((start, sb.Length));
            }
            else
            {
                try
                {
                    sb.Append(gb.GetString(line));
                }
                catch (DecoderFallbackException ex)
                {
                    throw new DecoderFallbackException($"not valid GB18030 text ({ex.Message})");
                }
            }

            pos = end;
        }

        return sb.ToString();
    }

    /// <summary>True when a UTF-16 sample decodes to text: tabs and line ends, printable ASCII, Latin, CJK, full-width
    /// forms and general punctuation, for at least 95% of its characters.</summary>
    private static bool LooksLikeText(ReadOnlySpan<byte> sample, bool bigEndian)
    {
        int good = 0, all = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            var c = bigEndian ? (sample[i] << 8) | sample[i + 1] : sample[i] | (sample[i + 1] << 8);
            all++;
            if (c is '\t' or '\r' or '\n' or (>= 0x20 and < 0x7F) or (>= 0xA0 and <= 0x24F) or (>= 0x2000 and <= 0x206F)
                or (>= 0x3000 and <= 0x9FFF) or (>= 0xFF00 and <= 0xFFEF) or 0xFEFF)
            {
                good++;
            }
        }

        return all > 0 && good * 20 >= all * 19;
    }

    private static string Strict(Encoding e, byte[] bytes, int offset, string name)
    {
        try
        {
            return e.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException ex)
        {
            throw new DecoderFallbackException($"not valid {name} text ({ex.Message})");
        }
    }

    /// <summary>The most frequent of comma, tab and semicolon outside quotes in the first lines (comma on a tie).</summary>
    public static char DetectDelimiter(string text)
    {
        int comma = 0, tab = 0, semi = 0, lines = 0;
        var inQuotes = false;
        for (var i = 0; i < text.Length && i < 65536 && lines < 50; i++)
        {
            switch (text[i])
            {
                case '"': inQuotes = !inQuotes; break;
                case ',' when !inQuotes: comma++; break;
                case '\t' when !inQuotes: tab++; break;
                case ';' when !inQuotes: semi++; break;
                case '\n' when !inQuotes: lines++; break;
            }
        }

        return tab > comma && tab >= semi ? '\t' : semi > comma && semi > tab ? ';' : ',';
    }
}
