using System.Globalization;
using System.IO.Compression;
using System.Text;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Ingest;

/// <summary>Issue 15: the issues of an upload are written as they are found, to a temporary file beyond a small window,
/// and the reports are streamed from it at the end. With a window of 0 bytes (every issue goes to the file) the JSON and
/// XLSX reports must equal, byte for byte, the ones written when every issue stays in memory: on every case of the
/// corpus, and on monthly files with a warning on most rows, duplicates, revisions, history edits and more issues than
/// are listed.</summary>
public sealed class ValidationLogSpillTests
{
    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in Corpus.Cases().Where(c => c.FileRule is null))
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Reports_CorpusCaseWithEveryIssueSpilledToAFile_EqualTheReportsKeptInMemory(string name)
    {
        var c = Corpus.Cases().Single(x => x.Name == name);
        var (role, actor) = c.As is null ? ("statistician", "local") : (c.As.Split(':')[0], c.As.Split(':')[1]);
        string? made = null;
        (IngestResult, IngestBed) Run(int spillAbove)
        {
            var bed = new IngestBed(o => o with { SpillIssuesAboveBytes = spillAbove, MaxFileBytes = c.MaxFileBytes ?? o.MaxFileBytes, MaxRows = c.MaxRows ?? o.MaxRows });
            if (c.Seed)
            {
                bed.SeedRegister();
            }

            // The same bytes in both (a generated workbook carries the time it was made).
            made ??= IngestCorpusTests.Materialise(bed, c);
            var path = Path.Combine(bed.Dir, Path.GetFileName(made));
            if (!File.Exists(path))
            {
                File.Copy(made, path);
            }

            return (bed.Service.Ingest(new IngestRequest(c.Kind, path, role, actor, null, c.Sheet)), bed);
        }

        var (kept, keptBed) = Run(int.MaxValue);
        var (spilled, spilledBed) = Run(0);
        using (keptBed)
        using (spilledBed)
        {
            SameReports(kept, keptBed, spilled, spilledBed);
            spilled.Should().BeEquivalentTo(kept, o => o.Excluding(r => r.JsonReportPath).Excluding(r => r.XlsxReportPath));
        }
    }

    [Theory]
    [InlineData(200_000, 50_000)]
    [InlineData(400, 100)]
    public void Reports_MonthlyFilesWithAWarningOnMostRowsSpilledToAFile_EqualTheReportsKeptInMemory(int maxIssues, int allRowsLimit)
    {
        (IngestResult First, IngestResult Second, IngestBed Bed) Run(int spillAbove)
        {
            var bed = new IngestBed(o => o with { SpillIssuesAboveBytes = spillAbove, MaxIssues = maxIssues, XlsxReportAllRowsLimit = allRowsLimit });
            bed.SeedRegister();
            var first = bed.Ingest(IngestKinds.MonthlyReport, bed.Write("warnings.csv", WarningFile(revised: false)));
            var second = bed.Ingest(IngestKinds.MonthlyReport, bed.Write("warnings-revised.csv", WarningFile(revised: true)));
            return (first, second, bed);
        }

        var kept = Run(int.MaxValue);
        var spilled = Run(0);
        using (kept.Bed)
        using (spilled.Bed)
        {
            SameReports(kept.First, kept.Bed, spilled.First, spilled.Bed);
            SameReports(kept.Second, kept.Bed, spilled.Second, spilled.Bed);
            kept.First.Warnings.Should().BeGreaterThan(300);
            if (maxIssues > 1000)
            {
                // The files make issues within the rows and after the load (duplicates, revisions, history edits).
                kept.First.Issues.Concat(kept.Second.Issues).Select(i => i.RuleId).Should().Contain(["AI1-S04", "AI1-S05", "AI1-H08", "AI1-H14", "AI1-I01", "AI1-S06"]);
            }
            else
            {
                File.ReadAllText(kept.First.JsonReportPath).Should().Contain("\"issues_not_listed\": ").And.NotContain("\"issues_not_listed\": 0,");
            }
        }
    }

    /// <summary>360 rows of the six seeded enterprises, 60 months each: R&amp;D above revenue on every row (AI1-S04), an
    /// empty 上年同期 on every fifth (AI1-S05), a negative head count on every thirteenth (rejected), every seventeenth
    /// twice (AI1-H14); revised: AI revenue moved on every third row (AI1-I01 revisions, AI1-S06 history edits).</summary>
    private static string WarningFile(bool revised)
    {
        var sb = new StringBuilder("uscc,period,revenue_ytd,revenue_ytd_prev,ai_revenue_ytd,ai_revenue_ytd_prev,ai_software_ytd,ai_services_ytd,"
            + "ai_products_ytd,profit_ytd,profit_ytd_prev,rd_expense_ytd,rd_expense_ytd_prev,employees_end,rd_staff_end,ai_patents_ytd,compute_used_ytd\n");
        var k = 0;
        for (var e = 1; e <= 6; e++)
        {
            for (var m = 0; m < 60; m++, k++)
            {
                var period = Period.FromIndex((2021 * 12) + 10 + m);
                var month = (period.Month * 1000) + 1000;
                var ai = revised && k % 3 == 0 ? month - 10 : month / 2;
                var prev = k % 5 == 0 ? string.Empty : (month - 100).ToString(CultureInfo.InvariantCulture);
                var employees = k % 13 == 0 ? -5 : 50;
                var line = string.Create(CultureInfo.InvariantCulture,
                    $"{Some.Uscc(e)},{period},{month},{prev},{ai},{ai / 2},{ai / 2},{ai - (ai / 2)},0,50,40,{month * 2},100,{employees},10,1,5\n");
                sb.Append(line);
                if (k % 17 == 0)
                {
                    sb.Append(line);
                }
            }
        }

        return sb.ToString();
    }

    private static void SameReports(IngestResult kept, IngestBed keptBed, IngestResult spilled, IngestBed spilledBed)
    {
        File.ReadAllText(spilled.JsonReportPath).Replace(spilledBed.Dir, "BED", StringComparison.Ordinal)
            .Should().Be(File.ReadAllText(kept.JsonReportPath).Replace(keptBed.Dir, "BED", StringComparison.Ordinal));
        var a = Parts(kept.XlsxReportPath);
        var b = Parts(spilled.XlsxReportPath);
        b.Keys.Should().Equal(a.Keys);
        foreach (var (part, bytes) in a)
        {
            b[part].Should().Equal(bytes, part);
        }
    }

    private static SortedDictionary<string, byte[]> Parts(string xlsx)
    {
        var parts = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        using var zip = ZipFile.OpenRead(xlsx);
        foreach (var e in zip.Entries)
        {
            using var s = e.Open();
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            parts[e.FullName] = ms.ToArray();
        }

        return parts;
    }
}
