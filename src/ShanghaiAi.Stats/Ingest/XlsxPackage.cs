using System.IO.Compression;
using System.Xml;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// An XLSX package read with plain <see cref="XmlReader"/>s over its zip entries (no workbook object model): the
/// sheet list, the shared strings, and a streaming row source per sheet. Every entry read counts against a budget of
/// uncompressed bytes, so a zip bomb stops with FILE-F04 however its sizes are declared.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private readonly ZipArchive _zip;
    private readonly ByteBudget _budget;
    /// <summary>A shared string part larger than this (uncompressed) keeps its long entries in a temporary file.</summary>
    internal const long SpillStringsAboveBytes = 8L << 20;

    private readonly long _spillStringsAbove;
    private XlsxSharedStrings? _shared;

    /// <param name="spillStringsAbove">See <see cref="SpillStringsAboveBytes"/> (tests lower it).</param>
    public XlsxPackage(Stream package, string file, long maxUncompressed, long spillStringsAbove = SpillStringsAboveBytes)
    {
        _spillStringsAbove = spillStringsAbove;
        _zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: false);
        _budget = new ByteBudget(file, maxUncompressed);
        long declared = 0;
        foreach (var e in _zip.Entries)
        {
            declared += e.Length;
        }

        if (declared > maxUncompressed)
        {
            throw _budget.Exceeded(declared);
        }

        Sheets = ReadSheets();
    }

    /// <summary>Sheet names and their part paths, in workbook order.</summary>
    public IReadOnlyList<(string Name, string Part)> Sheets { get; }

    private static XmlReaderSettings Settings => new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = false, CloseInput = true };

    private XmlReader Open(string part)
    {
        var entry = _zip.GetEntry(part) ?? _zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, part, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidDataException($"the package has no part '{part}'");
        return XmlReader.Create(new BudgetStream(entry.Open(), _budget, entry.FullName, entry.CompressedLength), Settings);
    }

    private List<(string, string)> ReadSheets()
    {
        var rels = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var r = Open("xl/_rels/workbook.xml.rels"))
        {
            while (r.Read())
            {
                if (r.NodeType == XmlNodeType.Element && r.LocalName == "Relationship")
                {
                    var target = r.GetAttribute("Target") ?? string.Empty;
                    target = target.StartsWith('/') ? target[1..] : "xl/" + target;
                    rels[r.GetAttribute("Id") ?? string.Empty] = target;
                }
            }
        }

        var list = new List<(string, string)>();
        using (var r = Open("xl/workbook.xml"))
        {
            while (r.Read())
            {
                if (r.NodeType == XmlNodeType.Element && r.LocalName == "sheet")
                {
                    var id = r.GetAttribute("id", Rel) ?? string.Empty;
                    if (rels.TryGetValue(id, out var part))
                    {
                        list.Add((r.GetAttribute("name") ?? string.Empty, part));
                    }
                }
            }
        }

        if (list.Count == 0)
        {
            throw new InvalidDataException("the workbook has no sheets");
        }

        return list;
    }

    /// <summary>The shared string table (rich text runs joined; phonetic runs skipped), read once.</summary>
    public XlsxSharedStrings SharedStrings()
    {
        if (_shared is not null)
        {
            return _shared;
        }

        var entry = _zip.GetEntry("xl/sharedStrings.xml");
        var shared = new XlsxSharedStrings(spillLong: entry is not null && entry.Length > _spillStringsAbove);
        if (entry is null)
        {
            return _shared = shared;
        }

        try
        {
            using var r = Open("xl/sharedStrings.xml");
            var sb = new System.Text.StringBuilder();
            var text = new char[256];
            while (r.Read())
            {
                if (r.NodeType != XmlNodeType.Element || r.LocalName != "si")
                {
                    continue;
                }

                sb.Clear();
                if (!r.IsEmptyElement)
                {
                    ReadItem(r, sb);
                }

                if (text.Length < sb.Length)
                {
                    text = new char[Math.Max(sb.Length, text.Length * 2)];
                }

                sb.CopyTo(0, text, sb.Length);
                shared.Add(text.AsSpan(0, sb.Length));
            }

            shared.Complete();
        }
        catch
        {
            shared.Dispose();
            throw;
        }

        return _shared = shared;
    }

    /// <summary>The text of one &lt;si&gt; (the reader on it, left on its end): its &lt;t&gt; runs joined, phonetic runs
    /// (&lt;rPh&gt;) left out.</summary>
    private static void ReadItem(XmlReader r, System.Text.StringBuilder sb)
    {
        var depth = r.Depth;
        r.Read();
        while (!r.EOF && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            if (r.NodeType == XmlNodeType.Element && r.LocalName == "rPh")
            {
                r.Skip();
            }
            else if (r.NodeType == XmlNodeType.Element && r.LocalName == "t")
            {
                XlsxText.AppendElement(r, sb);
            }
            else
            {
                r.Read();
            }
        }
    }

    public IRowSource OpenSheet(int index)
    {
        var shared = SharedStrings();
        shared.Rewind();
        return new XlsxRowSource(Open(Sheets[index].Part), shared);
    }

    /// <summary>Uncompressed bytes read so far, each byte of each part counted once.</summary>
    public long BytesRead => _budget.Used;

    public void Dispose()
    {
        _shared?.Dispose();
        _zip.Dispose();
    }
}
