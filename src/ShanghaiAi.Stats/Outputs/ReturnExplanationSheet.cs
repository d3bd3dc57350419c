using System.Globalization;
using ClosedXML.Excel;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// The 说明 (explanatory notes) sheet of the monthly return, last in the workbook: the survey's scope (统计范围) with the
/// period's counts, the reference period, the report deadline, the classification edition, the symbols (… suppressed,
/// — not applicable, blank undefined) and the imputed share of each total. Written as text in two columns
/// (项目 / 说明), in the frame's font and print setup.
/// </summary>
public static class ReturnExplanationSheet
{
    /// <summary>The sheet's name.</summary>
    public const string Name = "说明";

    /// <summary>Adds the 说明 sheet to <paramref name="workbook"/>; <paramref name="cells"/> are the period's cells.</summary>
    public static IXLWorksheet Add(IXLWorkbook workbook, ReferenceData reference, IReadOnlyList<IndicatorCell> cells, Period period,
        bool isPublic, ReturnOptions options)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(options);
        var sheet = workbook.Worksheets.Add(Name);
        sheet.Style.Font.FontName = ReturnSheetFrame.FontName;
        sheet.Style.Font.FontCharSet = XLFontCharSet.GB2312;
        sheet.Style.Font.FontSize = 10;
        sheet.Column(1).Width = 22;
        sheet.Column(2).Width = 110;

        var title = sheet.Range(2, 1, 2, 2).Merge();
        ExcelText.SetText(title.FirstCell(), $"{reference.Form.TitleZh} 说明 Explanatory notes");
        title.Style.Font.FontSize = 16;
        title.Style.Font.Bold = true;
        title.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        sheet.Row(2).Height = 26;

        var row = 4;
        foreach (var (item, text) in Items(reference, cells, period, isPublic, options))
        {
            ExcelText.SetText(sheet.Cell(row, 1), item).Style.Font.Bold = true;
            var cell = ExcelText.SetText(sheet.Cell(row, 2), text);
            cell.Style.Alignment.WrapText = true;
            sheet.Range(row, 1, row, 2).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            sheet.Row(row).Height = Math.Max(1, (int)Math.Ceiling(text.Length / 70.0)) * 14 + 4;
            row++;
        }

        var body = sheet.Range(4, 1, row - 1, 2);
        body.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        body.Style.Border.InsideBorder = XLBorderStyleValues.Hair;
        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = XLPageOrientation.Landscape;
        page.FitToPages(1, 0);
        page.PrintAreas.Add(1, 1, row - 1, 2);
        return sheet;
    }

    /// <summary>The items of the sheet, in order: (项目, 说明).</summary>
    public static IReadOnlyList<(string Item, string Text)> Items(ReferenceData reference, IReadOnlyList<IndicatorCell> cells,
        Period period, bool isPublic, ReturnOptions options)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(options);
        var form = reference.Form;
        var standard = ClassificationStandard.LoadEmbedded(reference.Edition);
        var inScope = Total(cells, "enterprises_in_scope");
        var reported = Total(cells, "enterprises_reported");
        var rate = Total(cells, "response_rate");
        var counts = inScope is { } n
            ? $" 本期调查范围内企业 {Count(n)} 家" + (reported is { } m ? $", 报送 {Count(m)} 家" : string.Empty)
              + (rate is { } r ? $", 报送率 {r.ToString("0.0", CultureInfo.InvariantCulture)}%" : string.Empty) + "。"
            : string.Empty;
        var items = new List<(string, string)>
        {
            ("统计范围 Scope", form.ScopeZh + counts),
            ("报告期 Reference period", $"{period.YtdLabelZh} ({ReturnSheetFrame.PeriodLabelEn(period)}); 本月 = {period.Year}年{period.Month}月。"
                + " 流量指标(营业收入等)为本月值与1-本月累计值, 时点指标(从业人员期末人数等)为期末值。"),
            ("报送时间 Report deadline", form.ReportDeadlineZh),
            ("分类标准 Classification", $"{standard.TitleZh} ({standard.Edition}版, {standard.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}起施行); 行业代码 GB/T 4754-2017。"),
            ("表号 Form", $"{form.FormNo} {form.TitleZh} ({ReferenceFrequency}); 制定机关 {form.AuthorityZh}; 批准文号 {form.ApprovalNo}; 有效期至 {form.ValidUntil}。"),
            ("代码 Row codes (丙)", "丙栏为行代码: 指标两位(01 营业收入 … 17 报送率), 分组成员三位(区 1xx, 产业大类 2xx, 产业类别 21x-23x, 园区 3xx, 规模 4xx, 是否人工智能企业 5xx), 成员行代码 = 指标代码 + 成员代码 (01101 = 营业收入·黄浦区)。"),
            ("符号 Symbols", "“…” 表示该数据涉及单个调查对象的资料, 依法保密不予公布 (suppressed for confidentiality); "
                + "“—” 表示不适用 (not applicable: 时点指标无累计值, 企业数无累计与上年同期); 空白表示无法计算 (undefined, e.g. 上年同期为0)。"
                + " 第4栏: 比率指标为增减(百分点), 其余为同比增长(%)。"),
            ("同比口径 Comparable basis", "同比增长按可比口径计算: 本期企业本年累计之和 ÷ 同一批企业上年同期之和 − 1。"),
        };
        if (!isPublic)
        {
            items.Add(("状态 Status (internal)", "保密状态 F 可公布, A 企业数少于3家, O/T 一家/两家企业占比超过85%, D 二次隐匿; 观测状态 A 正常, E 含推算, P 初步。"));
        }

        if (ReturnWorkbookWriter.ImputedNote(reference, options) is { } imputed)
        {
            items.Add(("推算占比 Imputed share", imputed));
        }

        return items;
    }

    private const string ReferenceFrequency = "月报";

    private static decimal? Total(IReadOnlyList<IndicatorCell> cells, string code)
        => cells.FirstOrDefault(c => c.Breakdown == "total" && c.IndicatorCode == code) is { IsFree: true } c ? c.Value ?? c.ValueYtd : null;

    private static string Count(decimal n) => n.ToString("#,##0", CultureInfo.InvariantCulture);
}
