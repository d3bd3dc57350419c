using System.Text;
using System.Xml;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>The text of one XLSX element read in chunks and kept up to <see cref="MaxChars"/> characters: a cell of a
/// gigabyte of zeros costs a 4 KB buffer, not a gigabyte string (the row is still rejected as too long, FILE-H01).</summary>
internal static class XlsxText
{
    /// <summary>Characters kept of one cell; above any sensible cell-length limit, so a longer cell is still caught.</summary>
    public const int MaxChars = 1 << 16;

    [ThreadStatic]
    private static char[]? _buffer;

    [ThreadStatic]
    private static StringBuilder? _text;

    /// <summary>Appends the text of the element the reader is on (its text and CDATA children) to <paramref name="sb"/>;
    /// the reader is left on the node after the element's end, as <see cref="XmlReader.ReadElementContentAsString()"/> leaves it.</summary>
    public static void AppendElement(XmlReader r, StringBuilder sb)
    {
        if (r.IsEmptyElement)
        {
            r.Read();
            return;
        }

        var buffer = _buffer ??= new char[4096];
        var depth = r.Depth;
        r.Read();
        while (!r.EOF && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            if (r.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                if (r.CanReadValueChunk)
                {
                    int n;
                    while ((n = r.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
                    {
                        Keep(sb, buffer.AsSpan(0, n));
                    }
                }
                else
                {
                    Keep(sb, r.Value);
                }

                r.Read();
            }
            else if (r.NodeType == XmlNodeType.Element)
            {
                r.Skip();
            }
            else
            {
                r.Read();
            }
        }

        r.Read();
    }

    /// <summary>The text of the element the reader is on, as <see cref="AppendElement"/> reads it.</summary>
    public static string ReadElement(XmlReader r)
    {
        var sb = _text ??= new StringBuilder(256);
        sb.Clear();
        AppendElement(r, sb);
        var s = sb.ToString();
        if (sb.Capacity > 4096)
        {
            sb.Clear();
            sb.Capacity = 256;
        }

        return s;
    }

    private static void Keep(StringBuilder sb, ReadOnlySpan<char> text)
    {
        var room = MaxChars - sb.Length;
        if (room > 0)
        {
            sb.Append(text[..Math.Min(room, text.Length)]);
        }
    }
}
