using System.Text;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// Opens a text upload as UTF-8 (with or without BOM) or, when the bytes are not valid UTF-8, as GB18030 (what
/// Chinese Excel writes). The whole file is checked in one streaming pass first, so a file is never half decoded.
/// </summary>
internal static class TextFileDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Detect(string path)
    {
        using var s = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var decoder = StrictUtf8.GetDecoder();
        var buffer = new byte[1 << 20];
        var chars = new char[buffer.Length + 4];
        int n;
        try
        {
            // GetChars, not GetCharCount: only GetChars carries a sequence split across two reads into the next one
            while ((n = s.Read(buffer, 0, buffer.Length)) > 0)
            {
                decoder.GetChars(buffer, 0, n, chars, 0, flush: false);
            }

            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return StrictUtf8;
        }
        catch (DecoderFallbackException)
        {
            return Gb18030();
        }
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
