using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Tests.Ingest.Support;

/// <summary>Builds the binary inputs of the corpus in code: workbooks (ClosedXML), truncated and bomb packages, junk.</summary>
public static class TestWorkbooks
{
    private static readonly string[] ZhHeader =
    [
        "统一社会信用代码", "报告期", "营业收入 本年累计(千元)", "营业收入 上年同期(千元)", "人工智能业务收入 本年累计", "人工智能业务收入 上年同期",
        "其中: 人工智能软件收入", "其中: 人工智能服务收入", "其中: 人工智能产品收入", "利润总额 本年累计", "利润总额 上年同期", "研发费用 本年累计",
        "研发费用 上年同期", "从业人员期末人数（人）", "其中: 研发人员", "人工智能专利申请数 本年累计", "算力使用量 本年累计",
    ];

    /// <summary>A form-like sheet: a merged title row, a unit row, the header in row 3, then data rows where some numbers
    /// are stored as text (with thousands separators or full-width digits) and others as real numbers, then formatted
    /// empty rows.</summary>
    public static void TitleRows(string path, int rows = 3)
    {
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet("AI-1");
        Fill(ws, rows, titleRows: true);
        wb.SaveAs(path);
    }

    /// <summary>An instructions sheet first, the data on the second sheet "数据".</summary>
    public static void TwoSheets(string path)
    {
        using var wb = new XLWorkbook();
        var info = wb.AddWorksheet("填表说明");
        info.Cell(1, 1).SetValue("填表说明：请按统计制度填写");
        info.Cell(2, 1).SetValue("1. 金额单位为千元");
        Fill(wb.AddWorksheet("数据"), 3, titleRows: false);
        wb.SaveAs(path);
    }

    private static void Fill(IXLWorksheet ws, int rows, bool titleRows)
    {
        var r = 1;
        if (titleRows)
        {
            ws.Cell(1, 1).SetValue("上海市人工智能产业主要经济指标（月报）");
            ws.Range(1, 1, 1, 17).Merge();
            ws.Cell(2, 1).SetValue("单位：千元");
            ws.Cell(2, 15).SetValue("表号：AI-1");
            r = 3;
        }

        for (var c = 0; c < ZhHeader.Length; c++)
        {
            ws.Cell(r, c + 1).SetValue(ZhHeader[c]);
        }

        for (var i = 1; i <= rows; i++)
        {
            var row = r + i;
            Text(ws.Cell(row, 1), Some.Uscc(i));
            Text(ws.Cell(row, 2), "2026-10");
            // revenue as text with a thousands separator, previous year as full-width digits text, the rest numbers.
            Text(ws.Cell(row, 3), "1,000");
            Text(ws.Cell(row, 4), "９００");
            double[] numbers = [500, 450, 200, 200, 100, 80, 70, 50, 45, 100, 30, 2, 1.5];
            for (var k = 0; k < numbers.Length; k++)
            {
                ws.Cell(row, 5 + k).Value = numbers[k];
            }
        }

        // Formatted but empty trailing rows.
        ws.Range(r + rows + 1, 1, r + rows + 5, 17).Style.Fill.BackgroundColor = XLColor.LightYellow;
    }

    private static void Text(IXLCell cell, string value)
    {
        cell.DataType = XLDataType.Text;
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
    }

    public static byte[] Truncated(string dir)
    {
        var p = Path.Combine(dir, "whole.xlsx");
        TitleRows(p);
        var bytes = File.ReadAllBytes(p);
        return bytes[..(bytes.Length / 2)];
    }

    /// <summary>A package whose sheet inflates to <paramref name="megabytes"/> MB (compresses to a few kB).</summary>
    public static byte[] ZipBomb(int megabytes)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(Encoding.UTF8.GetBytes(xml));
            }

            Part("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Part("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\" Type=\"x\"/></Relationships>");
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            sheet.Write(Encoding.UTF8.GetBytes("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"));
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)' ');
            for (var i = 0; i < megabytes; i++)
            {
                sheet.Write(block);
            }

            sheet.Write(Encoding.UTF8.GetBytes("</sheetData></worksheet>"));
        }

        return ms.ToArray();
    }

    /// <summary>The same bomb with its sheet's uncompressed size declared as 1,000 bytes in both zip headers.</summary>
    public static byte[] LyingZipBomb(int megabytes)
    {
        var b = ZipBomb(megabytes);
        var name = Encoding.ASCII.GetBytes("xl/worksheets/sheet1.xml");
        for (var i = 0; i + 46 < b.Length; i++)
        {
            var local = b[i] == 0x50 && b[i + 1] == 0x4B && b[i + 2] == 0x03 && b[i + 3] == 0x04 && b.AsSpan(i + 30, name.Length).SequenceEqual(name);
            var central = b[i] == 0x50 && b[i + 1] == 0x4B && b[i + 2] == 0x01 && b[i + 3] == 0x02 && i + 46 + name.Length <= b.Length && b.AsSpan(i + 46, name.Length).SequenceEqual(name);
            if (local)
            {
                BitConverter.GetBytes(1000).CopyTo(b, i + 22);
            }
            else if (central)
            {
                BitConverter.GetBytes(1000).CopyTo(b, i + 24);
            }
        }

        return b;
    }

    public static byte[] Binary()
    {
        var b = new byte[4096];
        new Random(42).NextBytes(b);
        b[10] = 0;
        b[11] = 0;
        return b;
    }

    /// <summary>An OLE compound-file signature followed by zeros: an .xls that cannot be read.</summary>
    public static byte[] LegacyXls()
    {
        var b = new byte[2048];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(b, 0);
        return b;
    }

    /// <summary>Corpus/monthly/valid.csv with a 100,000-character number in row 2's revenue.</summary>
    public static string LongCell()
    {
        var lines = File.ReadAllLines(Corpus.PathOf("monthly/valid.csv"));
        var f = lines[1].Split(',');
        f[2] = new string('9', 100_000);
        return string.Join("\n", lines[0], string.Join(",", f), lines[2]) + "\n";
    }

    /// <summary>See <see cref="DamagedFiles.BreakSheetAtRow"/>.</summary>
    public static void BreakSheetAtRow(string path, int row) => DamagedFiles.BreakSheetAtRow(path, row);

    /// <summary>See <see cref="DamagedFiles.Damaged"/>.</summary>
    public static byte[] Damaged(byte[] bytes, int seed) => DamagedFiles.Damaged(bytes, seed);
}
