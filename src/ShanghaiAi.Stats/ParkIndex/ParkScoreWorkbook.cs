using ClosedXML.Excel;

namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>Renders a <see cref="ParkScoreSheet"/> as a worksheet of the monthly return (ClosedXML).</summary>
public static class ParkScoreWorkbook
{
    public const string DefaultSheetName = "园区智能化指数";

    /// <summary>Adds the sheet: title, period line, header row (frozen), numbers as numbers, notes; A4 landscape.</summary>
    public static IXLWorksheet AddSheet(IXLWorkbook workbook, ParkScoreSheet sheet, string sheetName = DefaultSheetName)
    {
        var ws = workbook.Worksheets.Add(sheetName);
        var headings = sheet.HeadingsZh;
        var last = headings.Count;
        ws.Cell(1, 1).Value = sheet.TitleZh;
        ws.Range(1, 1, 1, last).Merge().Style.Font.SetBold(true).Font.SetFontSize(14)
            .Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        ws.Cell(2, 1).Value = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{sheet.Period.Year}年{sheet.Period.Month}月    版本: {sheet.VintageId}    方法: {sheet.MethodVersion}");
        ws.Range(2, 1, 2, last).Merge();
        for (var c = 0; c < last; c++)
        {
            var cell = ws.Cell(3, c + 1);
            cell.Value = headings[c];
            cell.Style.Font.SetBold(true).Fill.SetBackgroundColor(XLColor.FromHtml("#DDEBF7"))
                .Alignment.SetWrapText(true).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
        }

        var row = 4;
        foreach (var r in sheet.Rows)
        {
            ws.Cell(row, 1).Value = r.ParkId;
            ws.Cell(row, 2).Value = r.NameZh;
            SetNumber(ws.Cell(row, 3), r.Score, "0.0");
            SetNumber(ws.Cell(row, 4), r.Rank, "0");
            SetNumber(ws.Cell(row, 5), r.RankP05, "0");
            SetNumber(ws.Cell(row, 6), r.RankP95, "0");
            for (var d = 0; d < r.Dimensions.Count; d++)
            {
                SetNumber(ws.Cell(row, 7 + d), r.Dimensions[d], "0.0");
            }

            var note = ws.Cell(row, last);
            note.SetValue(r.NoteZh);
            note.DataType = XLDataType.Text;
            note.Style.Alignment.SetWrapText(true);
            ws.Range(row, 1, row, last).Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Thin);
            row++;
        }

        foreach (var n in sheet.NotesZh)
        {
            ws.Cell(++row, 1).Value = n;
        }

        ws.Column(1).Width = 10;
        ws.Column(2).Width = 30;
        for (var c = 3; c < last; c++)
        {
            ws.Column(c).Width = 11;
        }

        ws.Column(last).Width = 80;
        ws.SheetView.FreezeRows(3);
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ws.PageSetup.FitToPages(1, 0);
        ws.Style.Font.FontName = "SimSun";
        return ws;
    }

    private static void SetNumber(IXLCell cell, double? value, string format)
    {
        if (value is { } v)
        {
            cell.Value = v;
            cell.Style.NumberFormat.Format = format;
        }
        else
        {
            cell.Value = "—";
            cell.Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        }
    }

    private static void SetNumber(IXLCell cell, int? value, string format) => SetNumber(cell, value is { } v ? v : (double?)null, format);
}
