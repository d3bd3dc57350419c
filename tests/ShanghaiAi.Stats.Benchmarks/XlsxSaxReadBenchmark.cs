using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ShanghaiAi.Stats.Benchmarks;

/// <summary>
/// The baseline process of the roster case of <see cref="IngestCliBenchmark"/>: <c>xlsxsaxread FILE</c> reads every
/// cell's text of the first sheet with the OpenXML SDK's streaming reader (<see cref="OpenXmlReader"/>, SAX style:
/// shared strings, then the sheet, one cell at a time) and does nothing with it: what reading the same workbook costs
/// with no validation, load or report.
/// </summary>
public static class XlsxSaxReadBenchmark
{
    public static void Run(string[] args)
    {
        var sw = Stopwatch.StartNew();
        using var doc = SpreadsheetDocument.Open(args[0], false);
        var book = doc.WorkbookPart!;
        var shared = new List<string>();
        if (book.SharedStringTablePart is { } sst)
        {
            using var r = OpenXmlReader.Create(sst);
            while (r.Read())
            {
                if (r.ElementType == typeof(SharedStringItem) && r.IsStartElement)
                {
                    shared.Add(((SharedStringItem)r.LoadCurrentElement()!).InnerText);
                }
            }
        }

        var sheetId = book.Workbook.Sheets!.Elements<Sheet>().First().Id!.Value!;
        long cells = 0, rows = 0, chars = 0;
        using (var r = OpenXmlReader.Create((WorksheetPart)book.GetPartById(sheetId)))
        {
            while (r.Read())
            {
                if (r.ElementType == typeof(Row) && r.IsStartElement)
                {
                    rows++;
                }
                else if (r.ElementType == typeof(Cell) && r.IsStartElement)
                {
                    var cell = (Cell)r.LoadCurrentElement()!;
                    var text = cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var k)
                        ? shared[k]
                        : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText : cell.CellValue?.Text;
                    chars += text?.Length ?? 0;
                    cells++;
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"OpenXML SAX read: {rows} rows, {cells} cells, {chars} characters in {sw.Elapsed.TotalSeconds:F2} s"));
    }
}
