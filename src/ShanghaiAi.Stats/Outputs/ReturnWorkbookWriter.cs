using ClosedXML.Excel;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// The official monthly return of form AI-1 (statistics.md "The monthly return"): <c>return-YYYY-MM.xlsx</c>
/// (internal: every value, with conf_status, obs_status and contributors) or <c>return-YYYY-MM-public.xlsx</c>
/// (suppressed cells print "…"). One sheet per table: totals, then by district, category, park, size class and
/// AI-enterprise flag.
/// </summary>
public static class ReturnWorkbookWriter
{
    /// <summary>The file name of the return for a period.</summary>
    public static string FileName(Period period, bool isPublic)
        => isPublic ? $"return-{period}-public.xlsx" : $"return-{period}.xlsx";

    /// <summary>The sheets of the return, in order: name, zh / en table title, the breakdowns it shows.</summary>
    internal static readonly IReadOnlyList<(string Name, string TitleZh, string TitleEn, string[] Breakdowns)> Sheets =
    [
        ("总表", "总表", "Totals", ["total"]),
        ("按区", "按区分组", "By district", ["district"]),
        ("按产业类别", "按产业类别分组", "By AI category", ["category_l1", "category"]),
        ("按园区", "按园区分组", "By park", ["park"]),
        ("按规模", "按规模分组", "By size class", ["size_class"]),
        ("按人工智能企业", "按是否人工智能企业分组", "By AI-enterprise flag", ["ai_enterprise"]),
    ];

    public static void Write(IReadOnlyList<IndicatorCell> cells, ReferenceData reference, Period period, string path, bool isPublic)
        => Write(cells, reference, period, path, isPublic, ReturnOptions.Default);

    public static void Write(IReadOnlyList<IndicatorCell> cells, ReferenceData reference, Period period, string path, bool isPublic,
        ReturnOptions options)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(options);
        Guard.NotEmpty(path);
        if (isPublic && cells.Any(c => c.Period == period) && cells.Where(c => c.Period == period).All(c => !PublicCell.IsPublishable(c)))
        {
            throw new StatsException($"{Path.GetFileName(path)}: period {period} is provisional (obs_status P: published only combined, e.g. as 1-2月); no public return");
        }

        var of = CellSelection.ForPeriod(isPublic ? cells.Where(PublicCell.IsPublishable) : cells, period, Path.GetFileName(path));
        var vintage = of[0].Vintage;
        var columns = Columns(isPublic);
        var codes = ReturnRowCodes.For(reference);
        var notes = Notes(isPublic).Append(ImputedNote(reference, options)).OfType<string>().ToList();
        using var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = ReturnSheetFrame.FontName;
        foreach (var (name, titleZh, titleEn, breakdowns) in Sheets)
        {
            var sheet = workbook.Worksheets.Add(name);
            var first = ReturnSheetFrame.WriteHeader(sheet, reference, period, titleZh, titleEn, vintage, columns);
            var sheetCells = of.Where(c => breakdowns.Contains(c.Breakdown, StringComparer.Ordinal)).ToList();
            var totals = of.Where(c => c.Breakdown == "total").ToList();
            var last = breakdowns is ["total"]
                ? ReturnRows.WriteTotals(sheet, reference, codes, totals, first, isPublic)
                : ReturnRows.WriteBreakdown(sheet, reference, codes, totals, sheetCells, first, isPublic);
            ReturnSheetFrame.WriteFooter(sheet, reference, last, columns.Count, notes, options);
        }

        options.AddSheets?.Invoke(workbook);
        ReturnExplanationSheet.Add(workbook, reference, of, period, isPublic, options);
        foreach (var sheet in workbook.Worksheets)
        {
            ReturnSheetFrame.WritePageHeaderFooter(sheet, reference, period, isPublic, options);
            if (!isPublic)
            {
                ReturnSheetFrame.MarkInternal(sheet);
            }
        }

        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        workbook.SaveAs(path);
    }

    internal static IReadOnlyList<ReturnColumn> Columns(bool isPublic)
    {
        List<ReturnColumn> columns =
        [
            new("甲", "指标名称", "Indicator", 36),
            new("乙", "计量单位", "Unit", 11),
            new("丙", "代码", "Code", 11),
            new("1", "本月", "This month", 15),
            new("2", "1-本月累计", "Year to date", 16),
            new("3", "上年同期累计", "Same period last year", 16),
            new("4", "同比增长(%)/增减(百分点)", "YoY % / points", 20),
        ];
        if (!isPublic)
        {
            columns.Add(new("5", "保密状态", "conf_status", 10));
            columns.Add(new("6", "观测状态", "obs_status", 10));
            columns.Add(new("7", "企业数", "Contributors", 10));
        }

        return columns;
    }

    /// <summary>Which change column 4 carries per row, and what "—" means.</summary>
    internal const string ChangeNoteZh = "第4栏: 比率指标(人工智能业务收入占比、研发投入强度)为增减(百分点), 其余为同比增长(%)。“—”表示不适用 (期末人数等时点指标无累计值)。"
        + " Column 4: change in percentage points for ratios, year-on-year % otherwise; \"—\" = not applicable (stocks have no year to date).";

    /// <summary>The imputed share of each total, one line (null when the close recorded none).</summary>
    internal static string? ImputedNote(ReferenceData reference, ReturnOptions options)
    {
        if (options.ImputedSharePct is not { Count: > 0 } shares)
        {
            return null;
        }

        var parts = reference.Indicators.Where(i => shares.ContainsKey(i.Code))
            .Select(i => $"{i.NameZh.Replace("其中: ", string.Empty, StringComparison.Ordinal)} {ImputedShares.Format(shares[i.Code])}");
        return $"推算占比 (1-本月累计中推算部分所占比重, 未报企业按同类企业增速推算): {string.Join("、", parts)}。"
            + " Imputed share of each year-to-date total (non-respondents imputed from the growth of responding enterprises of their category).";
    }

    internal static IEnumerable<string> Notes(bool isPublic) => isPublic
        ?
        [
            "注: “…”表示该数据涉及单个调查对象的资料, 依照《中华人民共和国统计法》保密规定不予公布 (企业数少于3家, 或最大一家/两家企业占比超过85%, 或为防止推算而隐匿)。",
            ChangeNoteZh,
            "Note: \"…\" marks a figure withheld to protect the confidentiality of individual enterprises (fewer than 3 contributors, one or two contributors above 85% of the total, or secondary suppression).",
        ]
        :
        [
            "内部资料 不得公开 Internal: not for publication. 保密状态 conf_status: F 可公布 free; A 企业数少于3家 too few contributors; O 一家企业占比超过85% dominated by one; T 两家企业占比超过85% dominated by two; D 二次隐匿 secondary suppression.",
            "观测状态 obs_status: A 正常 normal; E 含推算 estimated (imputation present); P 初步 provisional. 公开版中非F的数据以“…”表示 (in the public variant every cell not F prints \"…\").",
            ChangeNoteZh,
        ];
}
