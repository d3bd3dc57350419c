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
    private List<string>? _shared;

    public XlsxPackage(Stream package, string file, long maxUncompressed)
    {
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

    /// <summary>The shared string table (rich text runs joined; phonetic runs skipped).</summary>
    public List<string> SharedStrings()
    {
        if (_shared is not null)
        {
            return _shared;
        }

        _shared = [];
        if (_zip.GetEntry("xl/sharedStrings.xml") is null)
        {
            return _shared;
        }

        using var r = Open("xl/sharedStrings.xml");
        var sb = new System.Text.StringBuilder();
        while (r.Read())
        {
            if (r.NodeType != XmlNodeType.Element || r.LocalName != "si")
            {
                continue;
            }

            sb.Clear();
            if (!r.IsEmptyElement)
            {
                var depth = r.Depth;
                while (r.Read() && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
                {
                    if (r.NodeType == XmlNodeType.Element && r.LocalName == "rPh")
                    {
                        r.Skip();
                        if (r.NodeType == XmlNodeType.EndElement && r.Depth == depth)
                        {
                            break;
                        }
                    }

                    if (r.NodeType == XmlNodeType.Element && r.LocalName == "t" && !r.IsEmptyElement)
                    {
                        XlsxText.AppendElement(r, sb);
                        if (r.NodeType == XmlNodeType.EndElement && r.Depth == depth)
                        {
                            break;
                        }
                    }
                }
            }

            _shared.Add(sb.ToString());
        }

        return _shared;
    }

    public IRowSource OpenSheet(int index) => new XlsxRowSource(Open(Sheets[index].Part), SharedStrings());

    /// <summary>Uncompressed bytes read so far, each byte of each part counted once.</summary>
    public long BytesRead => _budget.Used;

    public void Dispose() => _zip.Dispose();
}
