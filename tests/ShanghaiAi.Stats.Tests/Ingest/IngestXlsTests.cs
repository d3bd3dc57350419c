using System.Text.Json;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Ingest;

/// <summary>
/// Legacy Excel 97-2003 workbooks (.xls). Corpus/xls/monthly-valid.xls was written by SheetJS (an independent writer,
/// see make-xls.js) from the rows of Corpus/monthly/valid.csv, with a notes sheet before the report, a merged title
/// row, Chinese headers, a period stored as an Excel date and a number stored as text.
/// </summary>
public sealed class IngestXlsTests
{
    [Fact]
    public void Ingest_MonthlyReportXls_LoadsTheSameRowsAsTheCsv()
    {
        using var xlsBed = IngestBed.Seeded();
        using var csvBed = IngestBed.Seeded();

        var xls = xlsBed.Ingest(IngestKinds.MonthlyReport, Corpus.PathOf("xls/monthly-valid.xls"));
        var csv = csvBed.Ingest(IngestKinds.MonthlyReport, Corpus.PathOf("monthly/valid.csv"));

        (xls.DataRows, xls.Accepted, xls.Rejected, xls.Duplicates).Should().Be((3, 3, 0, 0), string.Join("\n", xls.Issues.Select(i => i.MessageEn)));
        xlsBed.ReportRows().Should().Equal(csvBed.ReportRows());
        xlsBed.ReportRows().Should().HaveCount(3);
        var report = JsonDocument.Parse(File.ReadAllText(xls.JsonReportPath)).RootElement.GetRawText();
        report.Should().Contain("XLS, sheet 月报", "the notes sheet before it has no header");
        File.Exists(xls.XlsxReportPath).Should().BeTrue();
    }

    [Fact]
    public void Ingest_XlsSheetNotFound_F09NamesTheSheets()
    {
        using var bed = IngestBed.Seeded();

        var act = () => bed.Ingest(IngestKinds.MonthlyReport, Corpus.PathOf("xls/monthly-valid.xls"), sheet: "报表");

        var e = act.Should().Throw<StatsException>().Which;
        FileRejection.RuleOf(e).Should().Be("FILE-F09");
        e.Message.Should().Contain("no sheet named '报表'; found sheets 说明, 月报");
    }
}
