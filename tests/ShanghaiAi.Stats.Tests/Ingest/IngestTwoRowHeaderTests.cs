using ClosedXML.Excel;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Ingest;

/// <summary>
/// Headers over two rows, as the official AI-1 form lays them out: "营业收入（千元）" merged over "本年累计 | 上年同期",
/// the code and the period merged down over both rows, "其中：" parts without sub-headers. The same rows as
/// Corpus/monthly/valid.csv must load, whether the merge is real (XLSX) or left as empty cells (CSV).
/// </summary>
public sealed class IngestTwoRowHeaderTests
{
    private static readonly string[] Parent =
    [
        "统一社会信用代码", "报告期", "营业收入（千元）", "", "人工智能业务收入（千元）", "", "其中：人工智能软件收入", "人工智能服务收入",
        "人工智能产品收入", "利润总额（千元）", "", "研发费用（千元）", "", "从业人员期末人数", "研发人员期末人数", "人工智能专利申请数", "算力使用量",
    ];

    private static readonly string[] Child = ["", "", "本年累计", "上年同期", "本年累计", "上年同期", "", "", "", "本年累计", "上年同期", "本年累计", "上年同期", "", "", "", ""];

    [Fact]
    public void Ingest_CsvWithTwoHeaderRows_LoadsTheSameRowsAsTheOneRowHeader()
    {
        using var bed = IngestBed.Seeded();
        using var reference = IngestBed.Seeded();
        var data = File.ReadAllLines(Corpus.PathOf("monthly/valid.csv")).Skip(1);
        var path = bed.Write("two-rows.csv", string.Join("\n", ["2026年10月 人工智能企业月报", string.Join(",", Parent), string.Join(",", Child), .. data]));

        var r = bed.Ingest(IngestKinds.MonthlyReport, path);
        reference.Ingest(IngestKinds.MonthlyReport, Corpus.PathOf("monthly/valid.csv"));

        (r.DataRows, r.Accepted, r.Rejected).Should().Be((3, 3, 0), string.Join("\n", r.Issues.Select(i => i.MessageEn)));
        r.Issues.Should().NotContain(i => i.RuleId == "FILE-I01", "every combined header names a column");
        bed.ReportRows().Should().Equal(reference.ReportRows());
    }

    [Fact]
    public void Ingest_XlsxWithMergedHeaderCells_LoadsTheSameRowsAsTheOneRowHeader()
    {
        using var bed = IngestBed.Seeded();
        using var reference = IngestBed.Seeded();
        var path = Path.Combine(bed.Dir, "merged.xlsx");
        using (var wb = new XLWorkbook())
        {
            var ws = wb.AddWorksheet("AI-1");
            ws.Cell(1, 1).Value = "2026年10月 人工智能企业月报";
            ws.Range(1, 1, 1, Parent.Length).Merge();
            for (var c = 0; c < Parent.Length; c++)
            {
                ws.Cell(2, c + 1).Value = Parent[c];
                ws.Cell(3, c + 1).Value = Child[c];
            }

            ws.Range(2, 1, 3, 1).Merge();
            ws.Range(2, 2, 3, 2).Merge();
            foreach (var c in new[] { 3, 5, 10, 12 })
            {
                ws.Range(2, c, 2, c + 1).Merge();
            }

            var rows = File.ReadAllLines(Corpus.PathOf("monthly/valid.csv")).Skip(1).Select(l => l.Split(',')).ToList();
            for (var r = 0; r < rows.Count; r++)
            {
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var cell = ws.Cell(4 + r, c + 1);
                    if (c < 2)
                    {
                        cell.SetValue(rows[r][c]);
                    }
                    else
                    {
                        cell.Value = decimal.Parse(rows[r][c], System.Globalization.CultureInfo.InvariantCulture);
                    }
                }
            }

            wb.SaveAs(path);
        }

        var result = bed.Ingest(IngestKinds.MonthlyReport, path);
        reference.Ingest(IngestKinds.MonthlyReport, Corpus.PathOf("monthly/valid.csv"));

        (result.DataRows, result.Accepted, result.Rejected).Should().Be((3, 3, 0), string.Join("\n", result.Issues.Select(i => i.MessageEn)));
        bed.ReportRows().Should().Equal(reference.ReportRows());
    }

    [Fact]
    public void Ingest_ColumnCodeRowUnderTheHeader_IsPartOfTheHeaderNotARejectedRow()
    {
        using var bed = IngestBed.Seeded();
        using var reference = IngestBed.Seeded();
        var codes = string.Join(",", ["甲", "乙", .. Enumerable.Range(1, Parent.Length - 2).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var data = File.ReadAllLines(Corpus.PathOf("monthly/valid.csv")).Skip(1);
        var path = bed.Write("codes.csv", string.Join("\n", [string.Join(",", Parent), string.Join(",", Child), codes, .. data]));

        var r = bed.Ingest(IngestKinds.MonthlyReport, path);
        reference.Ingest(IngestKinds.MonthlyReport, Corpus.PathOf("monthly/valid.csv"));

        (r.DataRows, r.Accepted, r.Rejected).Should().Be((3, 3, 0), string.Join("\n", r.Issues.Select(i => i.MessageEn)));
        bed.ReportRows().Should().Equal(reference.ReportRows());
        File.ReadAllText(r.JsonReportPath).Should().Contain("column-code row under the header skipped");
    }

    [Fact]
    public void TwoRowHeader_RowBelowIsData_KeepsTheOneRowHeader()
    {
        var header = File.ReadAllLines(Corpus.PathOf("monthly/valid.csv"))[0].Split(',');
        var data = File.ReadAllLines(Corpus.PathOf("monthly/valid.csv"))[1].Split(',');

        HeaderMatcher.TwoRowHeader(IngestKinds.MonthlyReport, header, data).Should().BeNull();
        HeaderMatcher.IsColumnCodeRow(data).Should().BeFalse();
        HeaderMatcher.IsColumnCodeRow(["甲", "乙", "1", "2"]).Should().BeTrue();
        HeaderMatcher.TwoRowHeader(IngestKinds.MonthlyReport, Parent, Child)![2..4].Should().Equal("营业收入本年累计", "营业收入上年同期");
    }
}
