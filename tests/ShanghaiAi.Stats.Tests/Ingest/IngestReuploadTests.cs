using System.Globalization;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Ingest;

/// <summary>Re-uploads are idempotent per row, not per file (issue 12): a file can be processed again after its cause
/// was fixed, and only changed rows become revisions.</summary>
public sealed class IngestReuploadTests
{
    [Fact]
    public void Ingest_MonthlyReportSentBeforeTheRegister_LoadsWhenSentAgainAfterIt()
    {
        using var bed = new IngestBed();
        var path = Corpus.PathOf("monthly/valid.csv");
        var before = bed.Ingest(IngestKinds.MonthlyReport, path);
        (before.Accepted, before.Rejected).Should().Be((0, 3));
        before.Issues.Select(i => i.RuleId).Should().AllBe("AI1-H02");

        bed.SeedRegister();
        var after = bed.Ingest(IngestKinds.MonthlyReport, path);

        after.Replayed.Should().BeFalse("rows were rejected before: the file is read again");
        (after.Accepted, after.Rejected, after.DataRows).Should().Be((3, 0, 3));
        after.UploadId.Should().NotBe(before.UploadId);
        bed.Scalar<long>("SELECT count(*) FROM reports WHERE superseded_at IS NULL").Should().Be(3);

        // The same bytes under another name: the rows are already there, nothing new.
        var renamed = Path.Combine(bed.Dir, "renamed.csv");
        File.Copy(path, renamed);
        var third = bed.Ingest(IngestKinds.MonthlyReport, renamed);
        third.Accepted.Should().Be(3);
        bed.Scalar<long>("SELECT count(*) FROM reports").Should().Be(3);
    }

    [Fact]
    public void Ingest_WrongSheetThenRightSheet_TheRejectionDoesNotStickToTheFile()
    {
        using var bed = IngestBed.Seeded();
        var path = Path.Combine(bed.Dir, "two-sheets.xlsx");
        TestWorkbooks.TwoSheets(path);

        var wrong = () => bed.Ingest(IngestKinds.MonthlyReport, path, sheet: "填表说明");
        FileRejection.RuleOf(wrong.Should().Throw<StatsException>().Which).Should().NotBeNull();

        var right = bed.Ingest(IngestKinds.MonthlyReport, path, sheet: "数据");
        (right.Accepted, right.Rejected, right.Replayed).Should().Be((3, 0, false));
        bed.Scalar<long>("SELECT count(*) FROM reports").Should().Be(3);
        bed.Scalar<long>("SELECT count(*) FROM uploads WHERE kind = 'monthly-report'").Should().Be(1, "the refused attempt is retried under its upload");
    }

    [Fact]
    public void Ingest_ReuploadWithOneChangedRow_MakesExactlyOneRevision()
    {
        using var bed = IngestBed.Seeded();
        var rows = Enumerable.Range(1, 6).Select(i => Some.MonthlyRow(Some.Uscc(i), "2026-09")).ToArray();
        var first = bed.Ingest(IngestKinds.MonthlyReport, bed.Write("m1.csv", Some.Monthly(rows)));
        first.Accepted.Should().Be(6);

        rows[3] = Some.MonthlyRow(Some.Uscc(4), "2026-09", revenue: "1200");
        var second = bed.Ingest(IngestKinds.MonthlyReport, bed.Write("m2.csv", Some.Monthly(rows)));

        (second.Accepted, second.Rejected, second.Unchanged).Should().Be((6, 0, 5));
        second.Issues.Where(i => i.RuleId == "AI1-I01").Select(i => i.Row).Should().Equal(5);
        bed.Scalar<long>("SELECT count(*) FROM reports").Should().Be(7);
        bed.Scalar<long>("SELECT count(*) FROM reports WHERE revision = 2").Should().Be(1);
        bed.Scalar<decimal>($"SELECT revenue_ytd FROM reports WHERE uscc = '{Some.Uscc(4)}' AND superseded_at IS NULL").Should().Be(1200m);
        bed.Scalar<long>("SELECT count(*) FROM reports WHERE superseded_at IS NULL").Should().Be(6);
    }

    [Fact]
    public void Ingest_ReuploadWhereEveryRowChanged_RevisesEachOnceInTimeLinearInTheFile()
    {
        using var bed = new IngestBed();
        const int n = 3000;
        var register = new System.Text.StringBuilder("uscc,name,district_code,industry_code,business_scope\n");
        var a = new System.Text.StringBuilder(Some.MonthlyHeader).Append('\n');
        var b = new System.Text.StringBuilder(Some.MonthlyHeader).Append('\n');
        for (var i = 1; i <= n; i++)
        {
            register.Append(CultureInfo.InvariantCulture, $"{Some.Uscc(i)},企业{i},310115,6513,软件\n");
            a.Append(Some.MonthlyRow(Some.Uscc(i), "2026-09")).Append('\n');
            b.Append(Some.MonthlyRow(Some.Uscc(i), "2026-09", revenue: "1100")).Append('\n');
        }

        bed.Ingest(IngestKinds.Register, bed.Write("reg.csv", register.ToString())).Accepted.Should().Be(n);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        bed.Ingest(IngestKinds.MonthlyReport, bed.Write("a.csv", a.ToString())).Accepted.Should().Be(n);
        var firstLoad = watch.Elapsed;
        watch.Restart();
        var revised = bed.Ingest(IngestKinds.MonthlyReport, bed.Write("b.csv", b.ToString()));
        var revision = watch.Elapsed;

        revised.Issues.Count(i => i.RuleId == "AI1-I01").Should().Be(n);
        bed.Scalar<long>("SELECT count(*) FROM reports WHERE revision = 2 AND superseded_at IS NULL").Should().Be(n);
        bed.Scalar<long>("SELECT count(*) FROM reports WHERE revision = 1 AND superseded_at IS NOT NULL").Should().Be(n);
        revision.Should().BeLessThan(firstLoad * 10 + TimeSpan.FromSeconds(5), "a revision costs about what a first load costs");
    }
}
