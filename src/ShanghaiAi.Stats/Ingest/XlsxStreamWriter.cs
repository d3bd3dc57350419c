using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// A small streaming XLSX writer: inline strings only (a value beginning with = is text, never a formula), a frozen
/// header row, fixed column widths, and four styles: 0 plain, 1 red (hard), 2 yellow (soft), 3 bold grey header.
/// Fast enough to write a report for every upload (ClosedXML is much slower and keeps the workbook in memory).
/// </summary>
internal sealed class XlsxStreamWriter : IDisposable
{
    public const int Plain = 0, Red = 1, Yellow = 2, Header = 3;
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private readonly ZipArchive _zip;
    private readonly List<string> _sheets = [];
    private XmlWriter? _w;
    private Stream? _entry;
    private int _row;
    private readonly List<string> _columns = [];

    public XlsxStreamWriter(string path)
    {
        _zip = new ZipArchive(new FileStream(path, FileMode.Create, FileAccess.Write), ZipArchiveMode.Create);
    }

    public void BeginSheet(string name, IReadOnlyList<double> widths)
    {
        _sheets.Add(name);
        _entry = _zip.CreateEntry($"xl/worksheets/sheet{_sheets.Count}.xml", CompressionLevel.Fastest).Open();
        _w = XmlWriter.Create(_entry, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        _w.WriteStartDocument(true);
        _w.WriteStartElement("worksheet", Main);
        _w.WriteStartElement("sheetViews");
        _w.WriteStartElement("sheetView");
        _w.WriteAttributeString("workbookViewId", "0");
        _w.WriteStartElement("pane");
        _w.WriteAttributeString("ySplit", "1");
        _w.WriteAttributeString("topLeftCell", "A2");
        _w.WriteAttributeString("activePane", "bottomLeft");
        _w.WriteAttributeString("state", "frozen");
        _w.WriteEndElement();
        _w.WriteEndElement();
        _w.WriteEndElement();
        if (widths.Count > 0)
        {
            _w.WriteStartElement("cols");
            for (var i = 0; i < widths.Count; i++)
            {
                _w.WriteStartElement("col");
                _w.WriteAttributeString("min", (i + 1).ToString(CultureInfo.InvariantCulture));
                _w.WriteAttributeString("max", (i + 1).ToString(CultureInfo.InvariantCulture));
                _w.WriteAttributeString("width", widths[i].ToString("0.#", CultureInfo.InvariantCulture));
                _w.WriteAttributeString("customWidth", "1");
                _w.WriteEndElement();
            }

            _w.WriteEndElement();
        }

        _w.WriteStartElement("sheetData");
        _row = 0;
    }

    /// <summary>Writes one row of text cells with their styles.</summary>
    public void Row(IReadOnlyList<string?> values, IReadOnlyList<int>? styles = null)
    {
        var w = _w!;
        _row++;
        var rowText = _row.ToString(CultureInfo.InvariantCulture);
        w.WriteStartElement("row");
        w.WriteAttributeString("r", rowText);
        for (var i = 0; i < values.Count; i++)
        {
            var style = styles is null || i >= styles.Count ? Plain : styles[i];
            var v = values[i];
            if (string.IsNullOrEmpty(v) && style == Plain)
            {
                continue;
            }

            w.WriteStartElement("c");
            w.WriteAttributeString("r", Column(i) + rowText);
            if (style != Plain)
            {
                w.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
            }

            if (!string.IsNullOrEmpty(v))
            {
                w.WriteAttributeString("t", "inlineStr");
                w.WriteStartElement("is");
                w.WriteStartElement("t");
                w.WriteAttributeString("xml", "space", null, "preserve");
                w.WriteString(Clean(v));
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    public void EndSheet()
    {
        _w!.WriteEndElement();
        _w.WriteEndElement();
        _w.WriteEndDocument();
        _w.Dispose();
        _entry!.Dispose();
        _w = null;
    }

    /// <summary>The column's letters, made once per writer (a report writes the same few columns on every row).</summary>
    private string Column(int index)
    {
        while (_columns.Count <= index)
        {
            _columns.Add(ColumnName(_columns.Count));
        }

        return _columns[index];
    }

    public static string ColumnName(int index)
    {
        var s = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            s = (char)('A' + ((n - 1) % 26)) + s;
        }

        return s;
    }

    /// <summary>Characters XML 1.0 cannot hold become U+FFFD; cells are cut to Excel's 32,767 characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Clean(string v)
    {
        if (v.Length > 32767)
        {
            v = v[..32760] + "…";
        }

        StringBuilder? sb = null;
        for (var i = 0; i < v.Length; i++)
        {
            var c = v[i];
            var bad = (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF'
                      || (char.IsHighSurrogate(c) && (i + 1 >= v.Length || !char.IsLowSurrogate(v[i + 1])))
                      || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(v[i - 1])));
            if (bad)
            {
                sb ??= new StringBuilder(v, 0, i, v.Length);
                sb.Append('\uFFFD');
            }
            else
            {
                sb?.Append(c);
            }
        }

        return sb?.ToString() ?? v;
    }

    private void Part(string name, string xml)
    {
        using var s = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        var b = Encoding.UTF8.GetBytes(xml);
        s.Write(b);
    }

    public void Dispose()
    {
        if (_w is not null)
        {
            EndSheet();
        }

        var sheets = new StringBuilder();
        var rels = new StringBuilder();
        var types = new StringBuilder();
        for (var i = 1; i <= _sheets.Count; i++)
        {
            var name = System.Security.SecurityElement.Escape(_sheets[i - 1]);
            sheets.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{name}\" sheetId=\"{i}\" r:id=\"rId{i}\"/>");
            rels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{i}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>");
            types.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }

        var n = _sheets.Count + 1;
        rels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{n}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        Part("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" + types + "</Types>");
        Part("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Part("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"" + Main + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" + sheets + "</sheets></workbook>");
        Part("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + rels + "</Relationships>");
        Part("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><styleSheet xmlns=\"" + Main + "\">"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"等线\"/></font><font><b/><sz val=\"11\"/><name val=\"等线\"/></font></fonts>"
            + "<fills count=\"5\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFC7CE\"/><bgColor indexed=\"64\"/></patternFill></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFEB9C\"/><bgColor indexed=\"64\"/></patternFill></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9D9D9\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"4\"><xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFill=\"1\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"3\" borderId=\"0\" xfId=\"0\" applyFill=\"1\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"4\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyNumberFormat=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
        _zip.Dispose();
    }
}
