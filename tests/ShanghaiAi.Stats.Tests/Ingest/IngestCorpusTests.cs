using System.Text;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Ingest;

/// <summary>The bad-input corpus (Corpus/manifest.json): each case asserts the exact file rule, or the exact counts
/// and the exact sorted list of row:rule issues.</summary>
public sealed class IngestCorpusTests
{
    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in Corpus.Cases())
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Fact]
    public void Manifest_HasAtLeastFortyBadInputs_EachWithAnExpectation()
    {
        var cases = Corpus.Cases();
        cases.Should().HaveCountGreaterThanOrEqualTo(40);
        cases.Select(c => c.Name).Should().OnlyHaveUniqueItems();
        cases.Count(c => c.FileRule is not null || c.Issues.Count > 0).Should().BeGreaterThanOrEqualTo(40);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Ingest_CorpusCase_GivesTheExpectedOutcome(string name)
    {
        var c = Corpus.Cases().Single(x => x.Name == name);
        using var bed = new IngestBed(o => o with
        {
            MaxFileBytes = c.MaxFileBytes ?? o.MaxFileBytes,
            MaxRows = c.MaxRows ?? o.MaxRows,
            MaxUncompressedBytes = c.File switch
            {
                "generate:zip-bomb" => 8L * 1024 * 1024,
                "generate:xlsx-reread" => XlsxRereadBudget,
                _ => o.MaxUncompressedBytes,
            },
        });
        if (c.Seed)
        {
            bed.SeedRegister().Accepted.Should().Be(6);
        }

        var path = Materialise(bed, c);
        var (role, actor) = c.As is null ? ("statistician", "local") : (c.As.Split(':')[0], c.As.Split(':')[1]);
        var act = () => bed.Service.Ingest(new IngestRequest(c.Kind, path, role, actor, null, c.Sheet));
        if (c.FileRule is not null)
        {
            var e = act.Should().Throw<StatsException>().Which;
            FileRejection.RuleOf(e).Should().Be(c.FileRule, e.Message);
            e.Message.Should().Contain(Path.GetFileName(path));
            bed.Scalar<string>($"SELECT status FROM uploads WHERE kind = '{c.Kind}' AND file_name = '{Path.GetFileName(path)}'").Should().Be("rejected-file");
            bed.Scalar<long>("SELECT count(*) FROM reports").Should().Be(0);
            return;
        }

        var r = act();
        var issues = r.Issues.Select(i => $"{i.Row}:{i.RuleId}").Order(StringComparer.Ordinal).ToList();
        issues.Should().Equal(c.Issues.Order(StringComparer.Ordinal), string.Join("\n", r.Issues.Select(i => i.MessageEn)));
        (r.DataRows, r.Accepted, r.Rejected, r.Duplicates).Should().Be((c.Rows, c.Accepted, c.Rejected, c.Duplicates));
        (r.Accepted + r.Rejected + r.Duplicates).Should().Be(r.DataRows);
        File.Exists(r.JsonReportPath).Should().BeTrue();
        File.Exists(r.XlsxReportPath).Should().BeTrue();
        var table = c.Kind switch { IngestKinds.MonthlyReport => "reports", IngestKinds.ParkReport => "park_reports", _ => null };
        if (table is not null)
        {
            bed.Scalar<long>($"SELECT count(*) FROM {table} WHERE upload_id = '{r.UploadId}'").Should().Be(r.Accepted);
        }
    }

    /// <summary>The uncompressed size of the xlsx-reread workbook plus 1 KB: enough when every byte counts once, far
    /// too little when each of the three reads of its sheet counts again.</summary>
    private static readonly long XlsxRereadBudget = MeasureRereadWorkbook();

    private static long MeasureRereadWorkbook()
    {
        var path = Path.Combine(Path.GetTempPath(), "aistats-reread-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            StreamedWorkbooks.Monthly(path, 3, 3_900);
            return StreamedWorkbooks.UncompressedSize(path) + 1024;
        }
        finally
        {
            File.Delete(path);
        }
    }

    internal static string Materialise(IngestBed bed, CorpusCase c)
    {
        var dir = Path.Combine(bed.Dir, "in");
        Directory.CreateDirectory(dir);
        if (c.File.StartsWith("generate:", StringComparison.Ordinal))
        {
            var what = c.File["generate:".Length..];
            var path = Path.Combine(dir, what + (what.Contains("xls", StringComparison.Ordinal) || what is "zip-bomb" or "zero-cell" ? ".xlsx" : ".csv"));
            switch (what)
            {
                case "long-cell": File.WriteAllText(path, TestWorkbooks.LongCell()); break;
                case "truncated-xlsx": File.WriteAllBytes(path, TestWorkbooks.Truncated(dir)); break;
                case "zip-bomb": File.WriteAllBytes(path, TestWorkbooks.ZipBomb(64)); break;
                case "binary": File.WriteAllBytes(path, TestWorkbooks.Binary()); break;
                case "legacy-xls": path = Path.ChangeExtension(path, ".xls"); File.WriteAllBytes(path, TestWorkbooks.LegacyXls()); break;
                case "xlsx-title-rows": TestWorkbooks.TitleRows(path); break;
                case "xlsx-two-sheets": TestWorkbooks.TwoSheets(path); break;
                case "zero-cell": StreamedWorkbooks.ZeroCell(path, 64); break;
                case "xlsx-reread": StreamedWorkbooks.Monthly(path, 3, 3_900); break;
                default: throw new InvalidOperationException("unknown generator " + what);
            }

            return path;
        }

        var source = Corpus.PathOf(c.File);
        var target = Path.Combine(dir, Path.GetFileName(c.File));
        if (c.Encoding is null)
        {
            File.Copy(source, target);
            return target;
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = File.ReadAllText(source, Encoding.UTF8);
        byte[] bytes = c.Encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "gb18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16le" => Encoding.Unicode.GetBytes(text),
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => throw new InvalidOperationException("unknown encoding " + c.Encoding),
        };
        File.WriteAllBytes(target, bytes);
        return target;
    }
}
