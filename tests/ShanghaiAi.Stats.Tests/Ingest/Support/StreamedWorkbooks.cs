using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace ShanghaiAi.Stats.Tests.Ingest.Support;

/// <summary>Minimal XLSX packages written straight to a file as they stream (inline strings, no object model): large
/// workbooks and honest zip bombs without holding them in the test's memory.</summary>
public static class StreamedWorkbooks
{
    /// <summary>A monthly-report sheet of <paramref name="rows"/> (at most 6) valid 2026-10 rows for Some.Uscc(1..),
    /// each with a <paramref name="padding"/>-character note in an unknown column 备注 (ignored, FILE-I01).</summary>
    public static void Monthly(string path, int rows, int padding)
    {
        var header = Some.MonthlyHeader.Split(',').Append("备注").ToArray();
        var note = new string('备', padding);
        Write(path, header, Enumerable.Range(1, rows).Select(i => Some.MonthlyRow(Some.Uscc(i)).Split(',').Append(note).ToArray()));
    }

    /// <summary>A monthly-report sheet whose one data row holds <paramref name="megabytes"/> MB of '0' in its revenue
    /// cell; every size in the zip headers is true (the bomb does not lie, it only inflates ~1000 times).</summary>
    public static void ZeroCell(string path, int megabytes)
    {
        using var zip = Package(path);
        using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
        sheet.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        WriteRow(sheet, 1, Some.MonthlyHeader.Split(','));
        sheet.Write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
        sheet.Write(Some.Uscc(1));
        sheet.Write("</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>2026-10</t></is></c><c r=\"C2\"><v>");
        var block = new string('0', 1 << 20);
        for (var i = 0; i < megabytes; i++)
        {
            sheet.Write(block);
        }

        sheet.Write("</v></c></row></sheetData></worksheet>");
    }

    /// <summary>The sum of the declared uncompressed sizes of a package's parts.</summary>
    public static long UncompressedSize(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.Sum(e => e.Length);
    }

    private static void Write(string path, string[] header, IEnumerable<string[]> rows)
    {
        using var zip = Package(path);
        using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        sheet.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        WriteRow(sheet, 1, header);
        var r = 2;
        foreach (var row in rows)
        {
            WriteRow(sheet, r++, row);
        }

        sheet.Write("</sheetData></worksheet>");
    }

    private static ZipArchive Package(string path)
    {
        var zip = new ZipArchive(new FileStream(path, FileMode.Create, FileAccess.ReadWrite), ZipArchiveMode.Create);
        Skeleton(zip);
        return zip;
    }

    /// <summary>The parts every package needs besides its sheet: content types, the workbook with one sheet, its rels.</summary>
    public static void Skeleton(ZipArchive zip)
    {
        void Part(string name, string xml)
        {
            using var s = zip.CreateEntry(name).Open();
            s.Write(Encoding.UTF8.GetBytes(xml));
        }

        Part("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        Part("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"AI-1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\" Type=\"x\"/></Relationships>");
    }

    private static void WriteRow(TextWriter w, int r, string[] cells)
    {
        w.Write(string.Create(CultureInfo.InvariantCulture, $"<row r=\"{r}\">"));
        foreach (var cell in cells)
        {
            w.Write("<c t=\"inlineStr\"><is><t>");
            w.Write(SecurityElement.Escape(cell));
            w.Write("</t></is></c>");
        }

        w.Write("</row>");
    }
}
