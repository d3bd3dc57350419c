using ClosedXML.Excel;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Ingest;

/// <summary>A file that breaks below its header (the header reads, row 120 does not) is rejected whole as FILE-F03, with
/// the file's name, and nothing of it is loaded; the repaired file then loads.</summary>
public sealed class IngestDamagedFileTests
{
    [Theory]
    [InlineData(IngestKinds.MonthlyReport, "reports")]
    [InlineData(IngestKinds.Register, "register")]
    public void Ingest_XlsxBrokenBelowTheHeader_RejectedWholeAsF03AndNothingLoaded(string kind, string table)
    {
        using var bed = IngestBed.Seeded();
        if (kind == IngestKinds.MonthlyReport)
        {
            var register = Path.Combine(bed.Dir, "register.xlsx");
            Workbook(IngestKinds.Register, register);
            bed.Ingest(IngestKinds.Register, register).Accepted.Should().Be(200, "the reports' enterprises are registered first");
        }

        var before = bed.Scalar<long>($"SELECT count(*) FROM {table}");
        var good = Path.Combine(bed.Dir, "good.xlsx");
        Workbook(kind, good);
        var broken = Path.Combine(bed.Dir, "broken.xlsx");
        File.Copy(good, broken);
        TestWorkbooks.BreakSheetAtRow(broken, 120);

        var act = () => bed.Ingest(kind, broken);

        var e = act.Should().Throw<StatsException>().Which;
        FileRejection.RuleOf(e).Should().Be("FILE-F03");
        e.Message.Should().Contain("broken.xlsx").And.Contain("the XLSX is corrupt or truncated");
        bed.Scalar<string>("SELECT status FROM uploads WHERE file_name = 'broken.xlsx'").Should().Be("rejected-file");
        bed.Scalar<long>($"SELECT count(*) FROM {table}").Should().Be(before, "nothing of the broken file is loaded");
        bed.Ingest(kind, good).Accepted.Should().Be(200);
    }

    /// <summary>200 rows of the kind's corpus row, each with its own code, under a one-row header.</summary>
    private static void Workbook(string kind, string path)
    {
        var lines = File.ReadAllLines(Corpus.PathOf(kind == IngestKinds.Register ? "register-base.csv" : "monthly/valid.csv"));
        var header = lines[0].Split(',');
        var row = lines[1].Split(',');
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet("data");
        for (var c = 0; c < header.Length; c++)
        {
            ws.Cell(1, c + 1).SetValue(header[c]);
        }

        for (var r = 0; r < 200; r++)
        {
            for (var c = 0; c < row.Length; c++)
            {
                ws.Cell(r + 2, c + 1).SetValue(c == 0 ? Uscc.WithCheck(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"91310115{r + 100:D9}")) : row[c]);
            }
        }

        wb.SaveAs(path);
    }
}
