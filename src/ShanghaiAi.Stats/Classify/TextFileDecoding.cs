using System.Text;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// Opens a text upload as UTF-8 (with or without BOM) or, when the bytes are not valid UTF-8, as GB18030 (what
/// Chinese Excel writes). The first 8 MB are checked before reading (a GB18030 register shows itself in its first
/// rows); UTF-8 is decoded strictly, so a file that turns invalid later stops with an error instead of being garbled.
/// </summary>
internal static class TextFileDecoding
{
    /// <summary>How much of a file is checked: a GB18030 register shows invalid UTF-8 within its first rows.</summary>
    private const long DetectBytes = 8L << 20;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Detect(string path)
    {
        using var s = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        var carry = 0;
        int n;
        long checkedBytes = 0;
        while (checkedBytes < DetectBytes && (n = s.Read(buffer, carry, buffer.Length - carry)) > 0)
        {
            checkedBytes += n;
            var total = carry + n;
            var cut = CompleteLength(buffer.AsSpan(0, total));
            if (!System.Text.Unicode.Utf8.IsValid(buffer.AsSpan(0, cut)))
            {
                return Gb18030();
            }

            carry = total - cut; // a sequence split across two reads is checked with the next one
            buffer.AsSpan(cut, carry).CopyTo(buffer);
        }

        return carry == 0 || checkedBytes >= DetectBytes ? StrictUtf8 : Gb18030();
    }

    /// <summary>The length of the prefix that ends on a complete UTF-8 sequence (at most 3 bytes are left over).</summary>
    private static int CompleteLength(ReadOnlySpan<byte> span)
    {
        for (var k = 1; k <= Math.Min(3, span.Length); k++)
        {
            var b = span[^k];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > k ? span.Length - k : span.Length;
        }

        return span.Length;
    }

    public static StreamReader Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new StatsException($"{path}: file not found");
        }

        var encoding = Detect(path);
        return new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan),
            encoding, detectEncodingFromByteOrderMarks: encoding is UTF8Encoding, bufferSize: 1 << 16);
    }

    public static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
