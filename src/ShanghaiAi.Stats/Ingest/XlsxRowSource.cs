using System.Globalization;
using System.Xml;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>Rows of one worksheet, streamed with an <see cref="XmlReader"/>; cells keep their stored text
/// (shared strings resolved, inline strings joined, numbers as Excel wrote them). The row's text is kept in one buffer
/// reused from row to row.</summary>
internal sealed class XlsxRowSource(XmlReader reader, XlsxSharedStrings shared) : IRowSource
{
    private (int Start, int Length)[] _fields = new (int, int)[32];
    private char[] _text = new char[4096];
    private int _textUsed;
    private int _count;
    private int _row;

    public int RowNumber => _row;

    public int FieldCount => _count;

    public ReadOnlySpan<char> Field(int index) => (uint)index < (uint)_count ? _text.AsSpan(_fields[index].Start, _fields[index].Length) : default;

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
            Array.Clear(_fields, 0, _count);
            _count = 0;
            _textUsed = 0;
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
                    next = col + 1;
                    if (Cell(r, type, col))
                    {
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

    /// <summary>Sets field <paramref name="col"/> to <paramref name="value"/> (not empty); fields skipped before it are empty.</summary>
    private void Set(int col, ReadOnlySpan<char> value)
    {
        if (col >= _fields.Length)
        {
            Array.Resize(ref _fields, Math.Max(col + 1, _fields.Length * 2));
        }

        for (var i = _count; i < col; i++)
        {
            _fields[i] = default;
        }

        if (_text.Length - _textUsed < value.Length)
        {
            Array.Resize(ref _text, Math.Max(_textUsed + value.Length, _text.Length * 2));
        }

        value.CopyTo(_text.AsSpan(_textUsed));
        _fields[col] = (_textUsed, value.Length);
        _textUsed += value.Length;
        _count = Math.Max(_count, col + 1);
    }

    /// <summary>Reads a &lt;c&gt; element to its end (the reader is left on the node after it) and sets field
    /// <paramref name="col"/> to its text; false when that text is empty.</summary>
    private bool Cell(XmlReader r, string? type, int col)
    {
        if (r.IsEmptyElement)
        {
            r.Read();
            return false;
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
        var text = type switch
        {
            "s" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : default,
            "b" => value == "1" ? "TRUE" : "FALSE",
            _ => value.AsSpan(),
        };
        if (text.IsEmpty)
        {
            return false;
        }

        Set(col, text);
        return true;
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
