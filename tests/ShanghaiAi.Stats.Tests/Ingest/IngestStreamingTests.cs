using System.IO.Compression;
using System.Text;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Ingest;

/// <summary>Issue 15: a CSV read part by part (streamed, memory flat in the file's size) gives the same outcome and the
/// same JSON and XLSX reports, byte for byte, as the same file read whole, on every case of the corpus. The parts are
/// made tiny (64 bytes) so every file is cut into many of them, records crossing the cuts.</summary>
public sealed class IngestStreamingTests
{
    [Theory]
    [MemberData(nameof(IngestCorpusTests.CaseNames), MemberType = typeof(IngestCorpusTests))]
    public void Ingest_CorpusCaseReadInParts_ReportsEqualTheWholeFileReports(string name)
    {
        var c = Corpus.Cases().Single(x => x.Name == name);
        var whole = Outcome(c, streamed: false);
        var parts = Outcome(c, streamed: true);

        parts.Should().Be(whole);
    }

    /// <summary>With only the rows with problems listed (every case above the all-rows limit), the streamed read finds
    /// those rows again by their byte offsets from the first read (no second read of the file): the XLSX report is the
    /// one the whole file's second read gives.</summary>
    [Theory]
    [MemberData(nameof(IngestCorpusTests.CaseNames), MemberType = typeof(IngestCorpusTests))]
    public void Ingest_CorpusCaseReadInPartsOnlyProblemRowsListed_ReportsEqualTheWholeFileReports(string name)
    {
        var c = Corpus.Cases().Single(x => x.Name == name);
        var whole = Outcome(c, streamed: false, allRowsLimit: 0);
        var parts = Outcome(c, streamed: true, allRowsLimit: 0);

        parts.Should().Be(whole);
    }

    [Fact]
    public void Ingest_Utf8CsvAboveTheStreamingSize_IsReadInParts()
    {
        using var bed = new IngestBed(o => o with { StreamTextAboveBytes = 0, StreamPartBytes = 64 });
        var path = Corpus.PathOf("register-base.csv");
        using var file = UploadFile.OpenPath("register-base.csv", path, IngestKinds.Register, null, bed.Options);
        file.Streamed.Should().BeTrue();
        using var small = UploadFile.OpenPath("register-base.csv", path, IngestKinds.Register, null, bed.Options with { StreamTextAboveBytes = 1L << 30 });
        small.Streamed.Should().BeFalse();
    }

    /// <summary>The outcome of one case: the file rule, or the counts and both reports (paths of the bed made neutral).</summary>
    private static string Outcome(CorpusCase c, bool streamed, int? allRowsLimit = null)
    {
        using var bed = new IngestBed(o => o with
        {
            MaxFileBytes = c.MaxFileBytes ?? o.MaxFileBytes,
            MaxRows = c.MaxRows ?? o.MaxRows,
            StreamTextAboveBytes = streamed ? 0 : o.StreamTextAboveBytes,
            StreamPartBytes = streamed ? 64 : o.StreamPartBytes,
            XlsxReportAllRowsLimit = allRowsLimit ?? o.XlsxReportAllRowsLimit,
        });
        if (c.Seed)
        {
            bed.SeedRegister();
        }

        if (c.File.StartsWith("generate:", StringComparison.Ordinal))
        {
            return "generated: " + c.File; // workbooks and binary files: not CSV, never streamed
        }

        var path = IngestCorpusTests.Materialise(bed, c);
        var (role, actor) = c.As is null ? ("statistician", "local") : (c.As.Split(':')[0], c.As.Split(':')[1]);
        try
        {
            var r = bed.Service.Ingest(new IngestRequest(c.Kind, path, role, actor, null, c.Sheet));
            return $"{r.DataRows} {r.Accepted} {r.Rejected} {r.Duplicates} {r.Warnings}\n"
                + File.ReadAllText(r.JsonReportPath).Replace(bed.Dir, "<bed>", StringComparison.Ordinal) + "\n" + Sheets(r.XlsxReportPath);
        }
        catch (StatsException e)
        {
            return FileRejection.RuleOf(e) + " " + e.Message.Replace(bed.Dir, "<bed>", StringComparison.Ordinal);
        }
    }

    /// <summary>Every part of the XLSX package, by name, as text.</summary>
    private static string Sheets(string xlsx)
    {
        using var zip = ZipFile.OpenRead(xlsx);
        var sb = new StringBuilder();
        foreach (var e in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            using var reader = new StreamReader(e.Open());
            sb.Append(e.FullName).Append('\n').Append(reader.ReadToEnd()).Append('\n');
        }

        return sb.ToString();
    }
}
