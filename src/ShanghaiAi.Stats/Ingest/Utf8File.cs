namespace ShanghaiAi.Stats.Ingest;

/// <summary>Whether a whole file is valid UTF-8, checked as it streams (1 MB at a time, vectorised), so a large upload
/// can be decoded part by part without reading it whole first.</summary>
internal static class Utf8File
{
    public static bool IsValid(string path)
    {
        var buffer = new byte[1 << 20];
        var carry = 0;
        using var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        while (true)
        {
            var n = f.ReadAtLeast(buffer.AsSpan(carry), buffer.Length - carry, throwOnEndOfStream: false);
            var held = carry + n;
            if (n == 0)
            {
                return carry == 0 || System.Text.Unicode.Utf8.IsValid(buffer.AsSpan(0, carry));
            }

            var whole = held - IncompleteTail(buffer.AsSpan(0, held));
            if (!System.Text.Unicode.Utf8.IsValid(buffer.AsSpan(0, whole)))
            {
                return false;
            }

            buffer.AsSpan(whole, held - whole).CopyTo(buffer);
            carry = held - whole;
        }
    }

    /// <summary>The bytes at the end of <paramref name="bytes"/> that start a sequence not yet complete (0 to 3).</summary>
    internal static int IncompleteTail(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(4, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // a continuation byte: its lead is further back
            }

            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? back : 0;
        }

        return 0;
    }
}
