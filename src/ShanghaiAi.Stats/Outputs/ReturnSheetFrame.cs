using System.Globalization;
using ClosedXML.Excel;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// The frame every sheet of the monthly return shares: legal marking top right (表号, 制定机关, 批准文号, 有效期至),
/// title, period, unit line, the two header rows (names, then 甲 乙 丙 1 2 3 ...), frozen header, Chinese font and A4
/// landscape print setup; after the rows, the notes and the signature footer (单位负责人, 统计负责人, 填表人, 联系电话,
/// 报出日期); the printed page header and footer (title, page numbers, 联系电话, 报出日期) and, on the internal return,
/// 内部资料 注意保存 at the top of every sheet. Public so that other stages can add sheets (park index) in the same layout.
/// </summary>
public static class ReturnSheetFrame
{
    public const string FontName = "宋体";
    public const int HeaderNamesRow = 9;
    public const int HeaderMarksRow = 10;
    public const int FirstDataRow = 11;

    /// <summary>Writes the frame of a sheet and returns the first data row.</summary>
    public static int WriteHeader(IXLWorksheet sheet, ReferenceData reference, Period period, string tableZh, string tableEn,
        string vintage, IReadOnlyList<ReturnColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(columns);
        var last = columns.Count;
        sheet.Style.Font.FontName = FontName;
        sheet.Style.Font.FontCharSet = XLFontCharSet.GB2312;
        sheet.Style.Font.FontSize = 10;
        for (var i = 0; i < last; i++)
        {
            sheet.Column(i + 1).Width = columns[i].Width;
        }

        var form = reference.Form;
        var marking = new[]
        {
            $"表    号: {form.FormNo}",
            $"制定机关: {form.AuthorityZh}",
            $"批准文号: {form.ApprovalNo}",
            $"有效期至: {form.ValidUntil}",
        };
        var markFrom = Math.Max(1, last - 2);
        for (var r = 0; r < marking.Length; r++)
        {
            var range = sheet.Range(r + 1, markFrom, r + 1, last).Merge();
            ExcelText.SetText(range.FirstCell(), marking[r]);
            range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            range.Style.Font.FontSize = 9;
        }

        var title = sheet.Range(5, 1, 5, last).Merge();
        ExcelText.SetText(title.FirstCell(), form.TitleZh);
        title.Style.Font.FontSize = 18;
        title.Style.Font.Bold = true;
        title.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        sheet.Row(5).Height = 28;

        var titleEn = sheet.Range(6, 1, 6, last).Merge();
        ExcelText.SetText(titleEn.FirstCell(), $"{form.TitleEn}, {PeriodLabelEn(period)}");
        titleEn.Style.Font.FontSize = 9;
        titleEn.Style.Font.Italic = true;
        titleEn.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;

        var periodRange = sheet.Range(7, 1, 7, last).Merge();
        ExcelText.SetText(periodRange.FirstCell(), period.YtdLabelZh);
        periodRange.Style.Font.FontSize = 12;
        periodRange.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;

        ExcelText.SetText(sheet.Cell(8, 1), "单位: 千元 / 人 / 件    Unit: thousand yuan / persons / applications (各指标见乙栏 see column 乙)");
        var tableRange = sheet.Range(8, markFrom, 8, last).Merge();
        ExcelText.SetText(tableRange.FirstCell(), $"{tableZh} {tableEn}  [{vintage}]");
        tableRange.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;

        for (var i = 0; i < last; i++)
        {
            ExcelText.SetText(sheet.Cell(HeaderNamesRow, i + 1), $"{columns[i].HeaderZh}\n{columns[i].HeaderEn}");
            ExcelText.SetText(sheet.Cell(HeaderMarksRow, i + 1), columns[i].Mark);
        }

        var header = sheet.Range(HeaderNamesRow, 1, HeaderMarksRow, last);
        header.Style.Font.Bold = true;
        header.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        header.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        header.Style.Alignment.WrapText = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#EEF2F7");
        header.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        header.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        sheet.Row(HeaderNamesRow).Height = 30;

        sheet.SheetView.Freeze(HeaderMarksRow, 1);
        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = XLPageOrientation.Landscape;
        page.FitToPages(1, 0);
        page.SetRowsToRepeatAtTop(HeaderNamesRow, HeaderMarksRow);
        page.CenterHorizontally = true;
        page.Margins.Left = 0.4;
        page.Margins.Right = 0.4;
        return FirstDataRow;
    }

    /// <summary>Writes the notes and the signature footer below <paramref name="lastDataRow"/>; sets the print area.</summary>
    public static void WriteFooter(IXLWorksheet sheet, ReferenceData reference, int lastDataRow, int lastColumn,
        IEnumerable<string> notes, ReturnOptions options)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(options);
        if (lastDataRow >= FirstDataRow)
        {
            var body = sheet.Range(FirstDataRow, 1, lastDataRow, lastColumn);
            body.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
            body.Style.Border.InsideBorder = XLBorderStyleValues.Hair;
        }

        var row = Math.Max(lastDataRow, HeaderMarksRow) + 2;
        foreach (var note in notes)
        {
            var range = sheet.Range(row, 1, row, lastColumn).Merge();
            ExcelText.SetText(range.FirstCell(), note);
            range.Style.Font.FontSize = 9;
            range.Style.Alignment.WrapText = true;
            sheet.Row(row).Height = 26;
            row++;
        }

        row++;
        var labels = reference.Form.FooterZh;
        var positions = FooterColumns(lastColumn, labels.Count);
        for (var i = 0; i < labels.Count; i++)
        {
            ExcelText.SetText(sheet.Cell(row, positions[i]), $"{labels[i]}: {FooterValue(labels[i], options)}");
        }

        sheet.PageSetup.PrintAreas.Clear();
        sheet.PageSetup.PrintAreas.Add(1, 1, row, lastColumn);
    }

    /// <summary>The marking of the internal return, at the top of every sheet and in its page header.</summary>
    public const string InternalMarking = "内部资料 注意保存";

    /// <summary>What a footer label is filled with: the person's entry, or a blank to fill in by hand (the date as
    /// "    年  月  日").</summary>
    public static string FooterValue(string label, ReturnOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (label == "报出日期")
        {
            return options.ReportDate is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月{d.Day}日") : "    年  月  日";
        }

        var value = label switch
        {
            "单位负责人" => options.UnitHead,
            "统计负责人" => options.StatisticsHead,
            "填表人" => options.Preparer,
            "联系电话" => options.Phone,
            _ => null,
        };
        return string.IsNullOrWhiteSpace(value) ? "________" : value;
    }

    /// <summary>
    /// Writes 内部资料 注意保存 at the top left of the sheet (cell A1, bold, red); on a sheet whose A1 is taken, a row is
    /// inserted above first.
    /// </summary>
    public static void MarkInternal(IXLWorksheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        if (!sheet.Cell(1, 1).IsEmpty() || sheet.MergedRanges.Any(r => r.Contains(sheet.Cell(1, 1))))
        {
            sheet.Row(1).InsertRowsAbove(1);
        }

        var cell = ExcelText.SetText(sheet.Cell(1, 1), InternalMarking);
        cell.Style.Font.Bold = true;
        cell.Style.Font.FontSize = 12;
        cell.Style.Font.FontColor = XLColor.FromHtml("#C00000");
    }

    /// <summary>
    /// The printed page's header and footer: header 内部资料 注意保存 (internal) left, the title and period centre, the form
    /// number right; footer 联系电话 left, 第 N 页 共 M 页 centre, 报出日期 年 月 日 right.
    /// </summary>
    public static void WritePageHeaderFooter(IXLWorksheet sheet, ReferenceData reference, Period period, bool isPublic, ReturnOptions options)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(options);
        // Room for the header and footer inside the top and bottom margins (a footer below the bottom margin is not printed).
        var margins = sheet.PageSetup.Margins;
        margins.Top = 0.8;
        margins.Bottom = 0.8;
        margins.Header = 0.3;
        margins.Footer = 0.3;
        var header = sheet.PageSetup.Header;
        var footer = sheet.PageSetup.Footer;
        if (!isPublic)
        {
            header.Left.AddText(InternalMarking, XLHFOccurrence.AllPages);
        }

        header.Center.AddText($"{reference.Form.TitleZh} {period.YtdLabelZh} ({sheet.Name})", XLHFOccurrence.AllPages);
        header.Right.AddText($"表号: {reference.Form.FormNo}", XLHFOccurrence.AllPages);
        footer.Left.AddText($"联系电话: {FooterValue("联系电话", options)}", XLHFOccurrence.AllPages);
        footer.Center.AddText("第 ", XLHFOccurrence.AllPages);
        footer.Center.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        footer.Center.AddText(" 页 共 ", XLHFOccurrence.AllPages);
        footer.Center.AddText(XLHFPredefinedText.NumberOfPages, XLHFOccurrence.AllPages);
        footer.Center.AddText(" 页", XLHFOccurrence.AllPages);
        footer.Right.AddText($"报出日期: {FooterValue("报出日期", options)}", XLHFOccurrence.AllPages);
    }

    /// <summary>"January-September 2026" (January alone: "January 2026").</summary>
    public static string PeriodLabelEn(Period period)
    {
        var names = CultureInfo.InvariantCulture.DateTimeFormat;
        return period.Month == 1
            ? string.Create(CultureInfo.InvariantCulture, $"January {period.Year}")
            : string.Create(CultureInfo.InvariantCulture, $"January-{names.GetMonthName(period.Month)} {period.Year}");
    }

    private static int[] FooterColumns(int lastColumn, int count)
    {
        var step = count > 1 ? Math.Max(1, (lastColumn - 1) / (count - 1)) : 1;
        return Enumerable.Range(0, count).Select(i => Math.Min(lastColumn, 1 + (i * step))).ToArray();
    }
}
