using System.IO.Compression;
using ClosedXML.Excel;
using ShanghaiAi.Stats.Outputs;

namespace ShanghaiAi.Stats.Tests.Outputs;

public sealed class ExcelTextTests
{
    [Theory]
    [InlineData("=1+1", true)]
    [InlineData("+8621", true)]
    [InlineData("-5", true)]
    [InlineData("@SUM(A1)", true)]
    [InlineData("张江=1", false)]
    [InlineData("0123", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsFormulaLike_LeadingCharacter_Detected(string? text, bool expected)
        => ExcelText.IsFormulaLike(text).Should().Be(expected);

    [Fact]
    public void SetText_FormulaLikeAndNumberLikeText_StaysTextAfterSaveAndReload()
    {
        var texts = new[] { "=1+1", "=HYPERLINK(\"http://evil.example\",\"click\")", "+8621", "-5", "@SUM(A1:A2)", "0123", "2026-09" };
        var dir = OutputCells.TempDir();
        var path = Path.Combine(dir, "t.xlsx");
        using (var wb = new XLWorkbook())
        {
            var ws = wb.Worksheets.Add("s");
            for (var i = 0; i < texts.Length; i++)
            {
                ExcelText.SetText(ws.Cell(i + 1, 1), texts[i]);
            }

            wb.SaveAs(path);
        }

        using (var wb = new XLWorkbook(path))
        {
            var ws = wb.Worksheet("s");
            for (var i = 0; i < texts.Length; i++)
            {
                var cell = ws.Cell(i + 1, 1);
                cell.HasFormula.Should().BeFalse(texts[i]);
                cell.DataType.Should().Be(XLDataType.Text, texts[i]);
                cell.GetString().Should().Be(texts[i]);
            }
        }

        SheetXml(path, "xl/worksheets/sheet1.xml").Should().NotContain("<x:f").And.NotContain("<f>").And.NotContain("<f ");
        Directory.Delete(dir, true);
    }

    internal static string SheetXml(string xlsx, string entry)
    {
        using var zip = ZipFile.OpenRead(xlsx);
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }
}
