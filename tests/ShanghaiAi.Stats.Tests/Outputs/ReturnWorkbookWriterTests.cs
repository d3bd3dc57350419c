using System.IO.Compression;
using ClosedXML.Excel;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Tests.Outputs;

public sealed class ReturnWorkbookWriterTests : IDisposable
{
    private readonly string _dir = OutputCells.TempDir();

    public void Dispose() => OutputCells.Cleanup(_dir);

    private string WritePublic(ReturnOptions? options = null)
    {
        var path = Path.Combine(_dir, ReturnWorkbookWriter.FileName(OutputCells.Sep2026, isPublic: true));
        ReturnWorkbookWriter.Write(OutputCells.Close(), ReferenceData.Embedded, OutputCells.Sep2026, path, isPublic: true,
            options ?? ReturnOptions.Default);
        return path;
    }

    private static IXLRow RowWithCode(IXLWorksheet ws, string code, string because = "")
        => ws.RowsUsed().Where(r => r.RowNumber() > 10 && r.Cell(3).GetString() == code).Should().ContainSingle(because).Subject;

    [Fact]
    public void FileName_PublicAndInternal_FollowContract()
    {
        ReturnWorkbookWriter.FileName(OutputCells.Sep2026, true).Should().Be("return-2026-09-public.xlsx");
        ReturnWorkbookWriter.FileName(OutputCells.Sep2026, false).Should().Be("return-2026-09.xlsx");
    }

    [Fact]
    public void Write_Public_HasSheetPerTableWithMarkingTitleAndHeaders()
    {
        using var wb = new XLWorkbook(WritePublic());
        wb.Worksheets.Select(w => w.Name).Should().Equal("总表", "按区", "按产业类别", "按园区", "按规模", "按人工智能企业", "说明");
        foreach (var ws in wb.Worksheets.Where(w => w.Name != ReturnExplanationSheet.Name))
        {
            // Legal marking: top right, in the block that ends at the last column (G) of the table.
            ws.Cell(1, 5).GetString().Should().Be("表    号: AI-1");
            ws.Cell(2, 5).GetString().Should().Be("制定机关: 上海市统计局");
            ws.Cell(3, 5).GetString().Should().Be("批准文号: 沪统制〔2025〕18号");
            ws.Cell(4, 5).GetString().Should().Be("有效期至: 2027-12");
            ws.MergedRanges.Should().Contain(r => r.RangeAddress.FirstAddress.RowNumber == 1
                && r.RangeAddress.FirstAddress.ColumnNumber == 5 && r.RangeAddress.LastAddress.ColumnNumber == 7);
            ws.Cell(5, 1).GetString().Should().Be("上海市人工智能产业主要经济指标");
            ws.Cell(7, 1).GetString().Should().Be("2026年1-9月");
            ws.Cell(8, 1).GetString().Should().StartWith("单位: 千元 / 人 / 件");
            Enumerable.Range(1, 7).Select(c => ws.Cell(9, c).GetString().Split('\n')[0])
                .Should().Equal("指标名称", "计量单位", "代码", "本月", "1-本月累计", "上年同期累计", "同比增长(%)/增减(百分点)");
            Enumerable.Range(1, 7).Select(c => ws.Cell(10, c).GetString()).Should().Equal("甲", "乙", "丙", "1", "2", "3", "4");
            ws.Cell(11, 1).Style.Font.FontName.Should().Be("宋体");
        }
    }

    [Fact]
    public void Write_Totals_NumbersAreNumericWithFormatsAndTotalsFirst()
    {
        using var wb = new XLWorkbook(WritePublic());
        var ws = wb.Worksheet("总表");
        ws.Cell(11, 3).GetString().Should().Be("01", "column 丙 holds the row code of reference-data/return, not the variable name");
        ws.Cell(11, 1).GetString().Should().Be("营业收入\nOperating revenue");
        ws.Cell(11, 2).GetString().Should().Be("千元");
        var month = ws.Cell(11, 4);
        month.DataType.Should().Be(XLDataType.Number);
        month.GetValue<decimal>().Should().Be(1_234_567m);
        month.Style.NumberFormat.Format.Should().Be("#,##0");
        ws.Cell(11, 5).GetValue<decimal>().Should().Be(10_987_654m);
        ws.Cell(11, 6).GetValue<decimal>().Should().Be(9_876_543m);
        // (10987654 / 9876543 - 1) x 100 = 11.2499... -> 11.2
        ws.Cell(11, 7).GetValue<decimal>().Should().Be(11.2m);
        ws.Cell(11, 7).Style.NumberFormat.Format.Should().Be("0.0");
        var share = RowWithCode(ws, "12");
        share.Cell(1).GetString().Should().StartWith("人工智能业务收入占比");
        share.Cell(5).GetValue<decimal>().Should().Be(39.3m);
        share.Cell(5).Style.NumberFormat.Format.Should().Be("#,##0.0");

        var district = wb.Worksheet("按区");
        district.Cell(11, 3).GetString().Should().Be("01", "each indicator block starts with its total");
        district.Cell(11, 5).GetValue<decimal>().Should().Be(10_987_654m);
        district.Cell(12, 3).GetString().Should().Be("01101", "members follow in district code order: 营业收入 01 + 黄浦区 101");
        district.Cell(12, 1).GetString().Should().Be("黄浦区\nHuangpu District");
        district.Cell(12, 5).GetValue<decimal>().Should().Be(100_000m);
    }

    [Fact]
    public void Write_Categories_Level1FollowedByItsCategories()
    {
        using var wb = new XLWorkbook(WritePublic());
        var ws = wb.Worksheet("按产业类别");
        var codes = ws.RowsUsed().Where(r => r.RowNumber() > 10).Select(r => r.Cell(3).GetString()).Where(c => c.Length > 0).ToList();
        // 人工智能业务收入 02; level-1 category 01 = 201, its categories 0101-0103 = 211-213; level-1 02 = 202.
        codes.Take(6).Should().Equal("02", "02201", "02211", "02212", "02213", "02202");
    }

    [Fact]
    public void Write_Public_SuppressedCellsShowEllipsisAndNeverTheValue()
    {
        var path = WritePublic();
        using (var wb = new XLWorkbook(path))
        {
            var ws = wb.Worksheet("按区");
            var chongming = RowWithCode(ws, "01116");
            chongming.Cell(1).GetString().Should().StartWith("崇明区");
            Enumerable.Range(4, 4).Select(c => chongming.Cell(c).GetString()).Should().Equal("…", "…", "…", "…");
            chongming.Cell(4).DataType.Should().Be(XLDataType.Text);
            RowWithCode(wb.Worksheet("按园区"), "01312").Cell(5).GetString().Should().Be("…");
            RowWithCode(wb.Worksheet("按产业类别"), "02225").Cell(5).GetString().Should().Be("…");
            var notes = ws.CellsUsed().Select(c => c.GetString()).ToList();
            notes.Should().Contain(s => s.StartsWith("注: “…”表示", StringComparison.Ordinal));
            ws.Column(8).CellsUsed().Should().BeEmpty("the public variant has no conf_status column");
        }

        // No cell of the saved package (values, shared strings) holds a suppressed value.
        var secrets = OutputCells.SecretTexts(OutputCells.Close());
        secrets.Should().Contain("7777.77").And.Contain("6666.66").And.Contain("5555.55");
        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var xml = reader.ReadToEnd();
            foreach (var secret in secrets)
            {
                xml.Contains(">" + secret + "<", StringComparison.Ordinal).Should().BeFalse($"{entry.FullName} must not hold {secret}");
            }
        }
    }

    [Fact]
    public void Write_Internal_ShowsValuesAndStatusColumns()
    {
        var path = Path.Combine(_dir, ReturnWorkbookWriter.FileName(OutputCells.Sep2026, isPublic: false));
        ReturnWorkbookWriter.Write(OutputCells.Close(), ReferenceData.Embedded, OutputCells.Sep2026, path, isPublic: false);
        using var wb = new XLWorkbook(path);
        var ws = wb.Worksheet("按区");
        Enumerable.Range(8, 3).Select(c => ws.Cell(10, c).GetString()).Should().Equal("5", "6", "7");
        ws.Cell(9, 8).GetString().Should().Be("保密状态\nconf_status");
        ws.Cell(1, 8).GetString().Should().Be("表    号: AI-1");
        var chongming = RowWithCode(ws, "01116");
        chongming.Cell(5).GetValue<decimal>().Should().Be(7777.77m);
        chongming.Cell(8).GetString().Should().Be("A");
        chongming.Cell(10).GetValue<int>().Should().Be(2);
        ws.CellsUsed().Should().Contain(c => c.GetString().StartsWith("内部资料 不得公开", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_PrintSetupAndFrozenHeader_LandscapeA4FitToWidth()
    {
        using var wb = new XLWorkbook(WritePublic());
        foreach (var ws in wb.Worksheets.Where(w => w.Name != ReturnExplanationSheet.Name))
        {
            ws.PageSetup.PageOrientation.Should().Be(XLPageOrientation.Landscape);
            ws.PageSetup.PaperSize.Should().Be(XLPaperSize.A4Paper);
            ws.PageSetup.PagesWide.Should().Be(1);
            ws.PageSetup.PagesTall.Should().Be(0);
            ws.SheetView.SplitRow.Should().Be(10);
            ws.SheetView.SplitColumn.Should().Be(1);
            ws.Column(1).Width.Should().BeGreaterThan(30);
        }
    }

    [Fact]
    public void Write_UserTypedFooterAndUnknownCodes_StayText()
    {
        var cells = OutputCells.Close();
        cells.Add(OutputCells.Cell("revenue", "park", "=1+2", 300_000m, 250_000m));
        var path = Path.Combine(_dir, "r.xlsx");
        var options = new ReturnOptions(UnitHead: "张三", StatisticsHead: "-李四", Preparer: "=HYPERLINK(\"http://x\",\"x\")",
            ReportDate: new DateOnly(2026, 10, 15));
        ReturnWorkbookWriter.Write(cells, ReferenceData.Embedded, OutputCells.Sep2026, path, true, options);
        using (var wb = new XLWorkbook(path))
        {
            var ws = wb.Worksheet("按园区");
            var injected = RowWithCode(ws, "=1+2", "a member without a row code shows its own code, as text");
            injected.Cell(3).HasFormula.Should().BeFalse();
            injected.Cell(1).HasFormula.Should().BeFalse();
            var footer = ws.CellsUsed().Select(c => c.GetString()).ToList();
            footer.Should().Contain("单位负责人: 张三").And.Contain("统计负责人: -李四")
                .And.Contain("填表人: =HYPERLINK(\"http://x\",\"x\")").And.Contain("联系电话: ________").And.Contain("报出日期: 2026年10月15日");
            ws.CellsUsed().Should().NotContain(c => c.HasFormula);
        }

        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            reader.ReadToEnd().Should().NotContain("<x:f>").And.NotContain("<x:f ").And.NotContain("<f>").And.NotContain("<f ");
        }
    }

    [Fact]
    public void Write_AddSheetsHook_AddsSheetInTheSameFrame()
    {
        var options = new ReturnOptions(AddSheets: wb =>
        {
            var ws = wb.Worksheets.Add("园区指数");
            var row = ReturnSheetFrame.WriteHeader(ws, ReferenceData.Embedded, OutputCells.Sep2026, "园区智能指数", "Park index",
                OutputCells.Vintage, [new("甲", "园区", "Park", 30), new("1", "得分", "Score", 10), new("2", "排名", "Rank", 8)]);
            ws.Cell(row, 2).SetValue(81.5m);
        });
        using var wb = new XLWorkbook(WritePublic(options));
        var park = wb.Worksheet("园区指数");
        park.Position.Should().Be(7);
        park.Cell(1, 1).GetString().Should().Be("表    号: AI-1");
        park.Cell(11, 2).GetValue<decimal>().Should().Be(81.5m);
    }

    [Fact]
    public void Write_January_TitleSaysJanuaryOnly()
    {
        var jan = new Period(2026, 1);
        var cells = new[] { OutputCells.Cell("revenue", "total", "_T", 1_000m, 900m, period: jan, vintage: "2026-01.v1") };
        var path = Path.Combine(_dir, "jan.xlsx");
        ReturnWorkbookWriter.Write(cells, ReferenceData.Embedded, jan, path, true);

        using var wb = new XLWorkbook(path);
        wb.Worksheet("总表").Cell(7, 1).GetString().Should().Be("2026年1月");
        wb.Worksheet("总表").Cell(6, 1).GetString().Should().Be("Main economic indicators of the Shanghai AI sector, January 2026");
        wb.Worksheet("按区").Cell(11, 3).GetString().Should().BeEmpty("no district cells: the sheet keeps its frame and has no rows");
    }

    [Fact]
    public void Write_PublicOfProvisionalPeriod_ThrowsInternalWrites()
    {
        var jan = new Period(2026, 1);
        var cells = new[] { OutputCells.Cell("revenue", "total", "_T", 1_000m, 900m, obs: "P", period: jan, vintage: "2026-01.v1") };

        var act = () => ReturnWorkbookWriter.Write(cells, ReferenceData.Embedded, jan, Path.Combine(_dir, "return-2026-01-public.xlsx"), true);

        act.Should().Throw<StatsException>().WithMessage(
            "return-2026-01-public.xlsx: period 2026-01 is provisional (obs_status P: published only combined, e.g. as 1-2月); no public return");
        var internalPath = Path.Combine(_dir, "return-2026-01.xlsx");
        ReturnWorkbookWriter.Write(cells, ReferenceData.Embedded, jan, internalPath, false);
        using var wb = new XLWorkbook(internalPath);
        wb.Worksheet("总表").Cell(11, 9).GetString().Should().Be("P");
    }

    [Fact]
    public void Write_NoCellsForPeriod_ThrowsNamingFileAndPeriod()
    {
        var act = () => ReturnWorkbookWriter.Write(OutputCells.Close(), ReferenceData.Embedded, new Period(2026, 8),
            Path.Combine(_dir, "x.xlsx"), true);
        act.Should().Throw<StatsException>().WithMessage("x.xlsx: expected indicator cells for period 2026-08, found none");
    }

    private string WriteInternal(ReturnOptions? options = null, List<Stats.Warehouse.IndicatorCell>? cells = null)
    {
        var path = Path.Combine(_dir, ReturnWorkbookWriter.FileName(OutputCells.Sep2026, isPublic: false));
        ReturnWorkbookWriter.Write(cells ?? OutputCells.Close(), ReferenceData.Embedded, OutputCells.Sep2026, path, isPublic: false,
            options ?? ReturnOptions.Default);
        return path;
    }

    [Fact]
    public void Write_Internal_EverySheetMarkedWithPageHeaderAndFooter()
    {
        var options = new ReturnOptions(AddSheets: wb => wb.Worksheets.Add("园区指数").Cell(1, 1).SetValue("园区智能化指数"));
        var path = WriteInternal(options);
        using var wb = new XLWorkbook(path);

        wb.Worksheets.Select(w => w.Name).Should().Equal("总表", "按区", "按产业类别", "按园区", "按规模", "按人工智能企业", "园区指数", "说明");
        foreach (var ws in wb.Worksheets)
        {
            ws.Cell(1, 1).GetString().Should().Be("内部资料 注意保存", ws.Name);
            ws.Cell(1, 1).Style.Font.Bold.Should().BeTrue();
        }

        // Page header and footer, as Excel reads them from each sheet's XML (&L left, &C centre, &R right, &P page, &N pages).
        SheetXml(path).Should().HaveCount(8).And.OnlyContain(x =>
            x.Contains("<x:oddHeader>&amp;L内部资料 注意保存&amp;C上海市人工智能产业主要经济指标 2026年1-9月 (", StringComparison.Ordinal)
            && x.Contains("<x:oddFooter>&amp;L联系电话: ________&amp;C第 &amp;P 页 共 &amp;N 页&amp;R报出日期:     年  月  日</x:oddFooter>", StringComparison.Ordinal));
        SheetXml(path)[0].Should().Contain("2026年1-9月 (总表)&amp;R表号: AI-1</x:oddHeader>");

        wb.Worksheet("园区指数").Cell(2, 1).GetString().Should().Be("园区智能化指数", "a sheet whose A1 is taken moves down one row");
        var footer = wb.Worksheet("总表").CellsUsed().Select(c => c.GetString()).ToList();
        footer.Should().Contain("联系电话: ________").And.Contain("报出日期:     年  月  日");
    }

    [Fact]
    public void Write_Internal_SavedPackageHoldsHeaderAndFooterText()
    {
        var path = WriteInternal(new ReturnOptions(Phone: "021-12345678", ReportDate: new DateOnly(2026, 10, 8)));

        var sheet1 = SheetXml(path)[0];
        sheet1.Should().Contain("<x:oddHeader>&amp;L内部资料 注意保存&amp;C上海市人工智能产业主要经济指标 2026年1-9月 (总表)&amp;R表号: AI-1</x:oddHeader>")
            .And.Contain("<x:oddFooter>&amp;L联系电话: 021-12345678&amp;C第 &amp;P 页 共 &amp;N 页&amp;R报出日期: 2026年10月8日</x:oddFooter>");
    }

    [Fact]
    public void Write_Public_NoInternalMarkingButPageNumbers()
    {
        var path = WritePublic();
        using var wb = new XLWorkbook(path);
        foreach (var ws in wb.Worksheets)
        {
            ws.CellsUsed().Should().NotContain(c => c.GetString().Contains("内部资料", StringComparison.Ordinal), ws.Name);
        }

        SheetXml(path).Should().HaveCount(7).And.OnlyContain(x => x.Contains("<x:oddHeader>&amp;C上海市人工智能产业主要经济指标", StringComparison.Ordinal)
            && x.Contains("&amp;C第 &amp;P 页 共 &amp;N 页", StringComparison.Ordinal) && !x.Contains("内部资料", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_CountsAndNotApplicable_NoDecimalsAndDashNotEllipsis()
    {
        var cells = OutputCells.Close();
        var i = cells.FindIndex(c => c.IndicatorCode == "enterprises_in_scope");
        cells[i] = cells[i] with { Value = 1317m, Contributors = 1317 };
        using var wb = new XLWorkbook(WriteInternal(cells: cells));
        var ws = wb.Worksheet("总表");

        var count = RowWithCode(ws, "15");
        count.Cell(1).GetString().Should().StartWith("调查范围内企业数");
        count.Cell(4).GetValue<decimal>().Should().Be(1317m);
        count.Cell(4).Style.NumberFormat.Format.Should().Be("#,##0", "counts of enterprises show no decimals: 1,317");
        count.Cell(10).GetValue<int>().Should().Be(1317);
        count.Cell(10).Style.NumberFormat.Format.Should().Be("0");
        Enumerable.Range(5, 3).Select(c => count.Cell(c).GetString()).Should().Equal(["—", "—", "—"], "a count has no YTD, last year or change: not applicable");
        RowWithCode(ws, "08").Cell(5).GetString().Should().Be("—", "employees is a stock");
        // "…" is for suppression only: no cell of the totals (all free) shows it.
        ws.CellsUsed().Where(c => c.Address.RowNumber > 10).Should().NotContain(c => c.GetString() == "…");
    }

    [Fact]
    public void Write_ExplanationSheet_StatesScopePeriodDeadlineSymbolsAndEdition()
    {
        var shares = new Dictionary<string, decimal> { ["revenue"] = 5.3m, ["ai_revenue"] = 5.8m, ["ai_software"] = 5.49m };
        using var wb = new XLWorkbook(WritePublic(new ReturnOptions(ImputedSharePct: shares)));
        var ws = wb.Worksheet("说明");
        var items = ws.RowsUsed().Where(r => r.RowNumber() > 3).ToDictionary(r => r.Cell(1).GetString(), r => r.Cell(2).GetString());

        items.Keys.Should().StartWith(["统计范围 Scope", "报告期 Reference period", "报送时间 Report deadline", "分类标准 Classification"]);
        items["统计范围 Scope"].Should().StartWith("上海市行政区域内").And.EndWith("本期调查范围内企业 812 家, 报送率 96.2%。");
        items["报告期 Reference period"].Should().StartWith("2026年1-9月 (January-September 2026); 本月 = 2026年9月。");
        items["报送时间 Report deadline"].Should().Be("报告期次月8日前报送 (by the 8th of the month after the reference month)");
        items["分类标准 Classification"].Should().StartWith("上海市人工智能产业统计分类（2025版） (2025版, 2025-01-01起施行)");
        items["符号 Symbols"].Should().Contain("“…” 表示该数据涉及单个调查对象的资料, 依法保密不予公布").And.Contain("“—” 表示不适用");
        // 5.49 -> 5.5; "其中: " dropped from the name.
        items["推算占比 Imputed share"].Should().StartWith("推算占比 (1-本月累计中推算部分所占比重, 未报企业按同类企业增速推算): 营业收入 5.3%、人工智能业务收入 5.8%、人工智能软件收入 5.5%。");
        items.Should().NotContainKey("状态 Status (internal)", "the public variant");
        wb.Worksheet("总表").CellsUsed().Select(c => c.GetString()).Should().Contain(s => s.StartsWith("推算占比 (1-本月累计", StringComparison.Ordinal), "the notes of every table say it too");
    }

    /// <summary>The XML of every worksheet of a saved package, in sheet order.</summary>
    private static List<string> SheetXml(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var sheets = new List<string>();
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal))
                     .OrderBy(e => int.Parse(e.Name["sheet".Length..^".xml".Length], System.Globalization.CultureInfo.InvariantCulture)))
        {
            using var reader = new StreamReader(entry.Open());
            sheets.Add(reader.ReadToEnd());
        }

        return sheets;
    }
}
