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

    [Theory]
    [InlineData(512)]
    [InlineData(1024)]
    [InlineData(2048)]
    [InlineData(3000)]
    [InlineData(4096)]
    [InlineData(5000)]
    public void Ingest_TruncatedOrDamagedXls_RejectedAsFileF03NeverACrash(int length)
    {
        using var bed = IngestBed.Seeded();
        var bytes = File.ReadAllBytes(Corpus.PathOf("xls/monthly-valid.xls"));
        var truncated = bytes[..Math.Min(length, bytes.Length)];
        var damaged = (byte[])bytes.Clone();
        new Random(length).NextBytes(damaged.AsSpan(Math.Min(length, damaged.Length - 64), 64));

        foreach (var (name, content) in new[] { ("truncated.xls", truncated), ("damaged.xls", damaged) })
        {
            LoadsOrIsRejectedWhole(bed, length + name, content, "FILE-F03", "FILE-F06", "FILE-F08");
        }
    }

    [Fact]
    public void Ingest_XlsWithRandomDamage_EveryOutcomeIsALoadOrAFileRejection()
    {
        // Twenty seeded damages of up to 16 bytes past the compound-file header; seed 292 once made the parser throw
        // OverflowException, which escaped as a crash.
        using var bed = IngestBed.Seeded();
        var bytes = File.ReadAllBytes(Corpus.PathOf("xls/monthly-valid.xls"));
        for (var seed = 280; seed < 300; seed++)
        {
            LoadsOrIsRejectedWhole(bed, $"damaged-{seed}.xls", TestWorkbooks.Damaged(bytes, seed));
        }
    }

    /// <summary>The upload either loads with every row accounted for (a damaged cell area may still read) or is rejected
    /// whole by a file rule naming the file (one of <paramref name="rules"/> when given); never anything else.</summary>
    private static void LoadsOrIsRejectedWhole(IngestBed bed, string name, byte[] content, params string[] rules)
    {
        var path = Path.Combine(bed.Dir, name);
        File.WriteAllBytes(path, content);
        try
        {
            var r = bed.Ingest(IngestKinds.MonthlyReport, path);
            (r.Accepted + r.Rejected + r.Duplicates).Should().Be(r.DataRows, name);
        }
        catch (StatsException e) when (FileRejection.RuleOf(e) is { } rule)
        {
            if (rules.Length > 0)
            {
                rule.Should().BeOneOf(rules, name);
            }

            e.Message.Should().Contain(name);
        }
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
