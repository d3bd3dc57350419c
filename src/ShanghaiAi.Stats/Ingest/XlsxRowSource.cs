using System.Globalization;
using System.Xml;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>Rows of one worksheet, streamed with an <see cref="XmlReader"/>; cells keep their stored text
/// (shared strings resolved, inline strings joined, numbers as Excel wrote them).</summary>
internal sealed class XlsxRowSource(XmlReader reader, List<string> shared) : IRowSource
{
    private string[] _fields = new string[32];
    private int _count;
    private int _row;

    public int RowNumber => _row;

    public int FieldCount => _count;

    public ReadOnlySpan<char> Field(int index) => (uint)index < (uint)_count ? _fields[index].AsSpan() : default;

    public bool Read()
    {
        var r = reader;
        while (r.Read())
        {
            if (r.NodeType != XmlNodeType.Element || r.LocalName != "row")
            {
                continue;
            }

            _row = int.TryParse(r.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var rn) ? rn : _row + 1;
            Array.Fill(_fields, string.Empty, 0, _count);
            _count = 0;
            if (r.IsEmptyElement)
            {
                continue;
            }

            var depth = r.Depth;
            var next = 0;
            var any = false;
            r.Read();
            while (!r.EOF && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
            {
                if (r.NodeType == XmlNodeType.Element && r.LocalName == "c")
                {
                    var col = Column(r.GetAttribute("r"), next);
                    var type = r.GetAttribute("t");
                    var value = Cell(r, type);
                    next = col + 1;
                    if (value.Length > 0)
                    {
                        Set(col, value);
                        any = true;
                    }

                    continue;
                }

                r.Read();
            }

            if (any)
            {
                return true;
            }
        }

        _count = 0;
        return false;
    }

    private void Set(int col, string value)
    {
        if (col >= _fields.Length)
        {
            var old = _fields.Length;
            Array.Resize(ref _fields, Math.Max(col + 1, old * 2));
            Array.Fill(_fields, string.Empty, old, _fields.Length - old);
        }

        for (var i = _count; i < col; i++)
        {
            _fields[i] = string.Empty;
        }

        _fields[col] = value;
        _count = Math.Max(_count, col + 1);
    }

    /// <summary>Reads a &lt;c&gt; element to its end; the reader is left on the node after it.</summary>
    private string Cell(XmlReader r, string? type)
    {
        if (r.IsEmptyElement)
        {
            r.Read();
            return string.Empty;
        }

        var depth = r.Depth;
        string value = string.Empty;
        r.Read();
        while (!r.EOF && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            if (r.NodeType == XmlNodeType.Element && r.LocalName == "v")
            {
                value = XlsxText.ReadElement(r);
                continue;
            }

            if (r.NodeType == XmlNodeType.Element && r.LocalName == "t")
            {
                value += XlsxText.ReadElement(r);
                continue;
            }

            if (r.NodeType == XmlNodeType.Element && (r.LocalName == "rPh" || r.LocalName == "f"))
            {
                r.Skip();
                continue;
            }

            r.Read();
        }

        r.Read();
        if (type == "s")
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : string.Empty;
        }

        return type == "b" ? (value == "1" ? "TRUE" : "FALSE") : value;
    }

    private static int Column(string? reference, int fallback)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return fallback;
        }

        var col = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                col = (col * 26) + (c - 'A' + 1);
            }
            else
            {
                break;
            }
        }

        return col is > 0 and <= 16384 ? col - 1 : fallback;
    }

    public void Dispose() => reader.Dispose();
}
