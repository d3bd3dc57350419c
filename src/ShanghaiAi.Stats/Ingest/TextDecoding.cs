using System.Text;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>Decodes an uploaded text file: BOMs (UTF-8, UTF-16), UTF-16 without BOM, strict UTF-8, else GB18030
/// (which Chinese Excel writes and which covers GBK/GB2312).</summary>
internal static class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, string EncodingName) Decode(byte[] bytes)
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
        return (Strict(gb, bytes, 0, "GB18030"), "GB18030");
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
