using System.IO.Compression;
using System.Text;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Ingest;

/// <summary>Cells of an XLSX sheet as the reader gives them, with the shared string table held in memory or with its long
/// entries in a temporary file (issue 15): rich text runs joined, phonetic runs left out, Chinese, entries longer than
/// 64 K characters (kept to <see cref="XlsxText.MaxChars"/>), inline strings, booleans and numbers, entries asked for again.</summary>
public sealed class XlsxRowSourceTests
{
    private static readonly string Long = "长" + new string('围', 70_000);

    private static readonly string Scope = "从事人工智能科技领域内的技术开发、技术咨询、技术服务、技术转让";

    private static readonly string[] Shared =
    [
        "<t>统一社会信用代码</t>",
        "<r><rPr><b/></rPr><t>上海</t></r><r><t xml:space=\"preserve\"> 智算 </t></r>",
        "<t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/>",
        "<t>" + Long + "</t>",
        "<t>" + Scope + "</t>",
        "<t/>",
        "<t>a&amp;b&lt;c&gt; 0123456789012345678901234567890</t>",
    ];

    private const string Sheet = """
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>
        <row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="inlineStr"><is><t>行内</t></is></c><c r="C2" t="s"><v>3</v></c><c r="D2" t="b"><v>1</v></c><c r="E2"><v>42.5</v></c></row>
        <row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>4</v></c><c r="C3" t="s"><v>6</v></c><c r="D3" t="s"><v>1</v></c><c r="E3" t="s"><v>5</v></c></row>
        <row r="5"><c r="C5" t="s"><v>3</v></c><c r="D5" t="s"><v>2</v></c><c r="F5" t="s"><v>99</v></c></row>
        </sheetData></worksheet>
        """;

    private static byte[] Package()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            StreamedWorkbooks.Skeleton(zip);
            void Part(string name, string xml)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(Encoding.UTF8.GetBytes(xml));
            }

            Part("xl/worksheets/sheet1.xml", Sheet);
            Part("xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + string.Concat(Shared.Select(s => "<si>" + s + "</si>")) + "</sst>");
        }

        return ms.ToArray();
    }

    private static List<(int Row, string[] Cells)> ReadAll(long spillAbove, out bool spilled)
    {
        using var package = new XlsxPackage(new MemoryStream(Package()), "t.xlsx", 1L << 30, spillAbove);
        var rows = new List<(int, string[])>();
        using (var src = package.OpenSheet(0))
        {
            while (src.Read())
            {
                rows.Add((src.RowNumber, src.Snapshot()));
            }
        }

        spilled = package.SharedStrings().Spilled;
        return rows;
    }

    [Theory]
    [InlineData(0L, true)]
    [InlineData(XlsxPackage.SpillStringsAboveBytes, false)]
    public void Read_SharedInlineBooleanAndNumberCells_TextAsStored(long spillAbove, bool spills)
    {
        var rows = ReadAll(spillAbove, out var spilled);

        spilled.Should().Be(spills);
        var kept = Long[..XlsxText.MaxChars];
        rows.Should().HaveCount(4);
        rows[0].Row.Should().Be(1);
        rows[0].Cells.Should().Equal("统一社会信用代码", "上海 智算 ", "東京");
        rows[1].Row.Should().Be(2);
        rows[1].Cells.Should().Equal(Scope, "行内", kept, "TRUE", "42.5");
        rows[2].Cells.Should().Equal("统一社会信用代码", Scope, "a&b<c> 0123456789012345678901234567890", "上海 智算 ");
        rows[3].Row.Should().Be(5);
        rows[3].Cells.Should().Equal([string.Empty, string.Empty, kept, "東京"], "an index beyond the table is an empty cell");
    }
}
