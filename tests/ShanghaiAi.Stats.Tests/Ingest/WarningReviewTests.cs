using ShanghaiAi.Stats.Cli.Commands;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Ingest;

public sealed class WarningReviewTests : IDisposable
{
    private readonly IngestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    /// <summary>Row 3 of the upload is 900% up on its own 上年同期 (AI1-S02, soft): accepted with a warning.</summary>
    private IngestResult UploadWithYoyWarning()
    {
        _bed.SeedRegister();
        var path = _bed.Write("monthly.csv", Some.Monthly(
            Some.MonthlyRow(Some.Uscc(1), revenue: "1000", revenuePrev: "900"),
            Some.MonthlyRow(Some.Uscc(2), revenue: "1000", ai: "50", revenuePrev: "100", aiPrev: "40")));
        var result = _bed.Ingest(IngestKinds.MonthlyReport, path);
        result.Accepted.Should().Be(2);
        return result;
    }

    [Fact]
    public void List_AcceptedRowWithSoftWarning_IsOpenUntilDecided()
    {
        var upload = UploadWithYoyWarning();

        var open = WarningReview.List(_bed.Warehouse);

        open.Should().ContainSingle(w => w.RuleId == "AI1-S02").Which.Should().Match<SoftWarning>(w =>
            w.UploadId == upload.UploadId && w.Row == 3 && w.Decision == null && w.FileName == "monthly.csv");
        WarningReview.Decide(_bed.Warehouse, new WarningDecision(upload.UploadId, 3, "AI1-S02", WarningDecision.Confirmed, "li.hua", "confirmed by phone"), _bed.Time);
        WarningReview.List(_bed.Warehouse).Should().NotContain(w => w.RuleId == "AI1-S02");
        WarningReview.List(_bed.Warehouse, upload.UploadId, includeDecided: true).Single(w => w.RuleId == "AI1-S02")
            .Should().Match<SoftWarning>(w => w.Decision == "confirmed" && w.DecidedBy == "li.hua");
    }

    [Fact]
    public void Decide_LaterDecision_SupersedesAndKeepsHistory()
    {
        var upload = UploadWithYoyWarning();
        WarningReview.Decide(_bed.Warehouse, new WarningDecision(upload.UploadId, 3, "AI1-S02", WarningDecision.Confirmed, "li.hua"), _bed.Time);
        _bed.Time.Advance(TimeSpan.FromHours(1));
        WarningReview.Decide(_bed.Warehouse, new WarningDecision(upload.UploadId, 3, "AI1-S02", WarningDecision.SentBack, "wang.fang", "recheck 上年同期"), _bed.Time);

        WarningReview.List(_bed.Warehouse, upload.UploadId, includeDecided: true).Single(w => w.RuleId == "AI1-S02").Decision.Should().Be("sent-back");
        _bed.Scalar<long>("SELECT count(*) FROM warning_decisions").Should().Be(2);
    }

    [Fact]
    public void Decide_NoSuchWarning_NamesWhatTheRowHas()
    {
        var upload = UploadWithYoyWarning();

        var wrongRule = () => WarningReview.Decide(_bed.Warehouse, new WarningDecision(upload.UploadId, 3, "AI1-S01", WarningDecision.Confirmed, "li.hua"), _bed.Time);
        var wrongRow = () => WarningReview.Decide(_bed.Warehouse, new WarningDecision(upload.UploadId, 2, "AI1-S02", WarningDecision.Confirmed, "li.hua"), _bed.Time);
        var badDecision = () => WarningReview.Decide(_bed.Warehouse, new WarningDecision(upload.UploadId, 3, "AI1-S02", "ignore", "li.hua"), _bed.Time);

        wrongRule.Should().Throw<StatsException>().WithMessage($"upload {upload.UploadId} row 3: expected a soft warning AI1-S01 to decide, found AI1-S02");
        wrongRow.Should().Throw<StatsException>().WithMessage($"upload {upload.UploadId} row 2: expected a soft warning AI1-S02 to decide, found none");
        badDecision.Should().Throw<StatsException>().WithMessage("decision: expected 'confirmed' or 'sent-back', found 'ignore'");
    }

    [Fact]
    public void Command_SendBack_RecordsTheDecision()
    {
        var upload = UploadWithYoyWarning();

        var code = WarningsCommand.Create().Parse(["send-back", "--db", _bed.DbPath, "--upload", upload.UploadId, "--row", "3",
            "--rule", "AI1-S02", "--by", "wang.fang", "--note", "请核实上年同期"]).Invoke();
        var bad = WarningsCommand.Create().Parse(["confirm", "--db", _bed.DbPath, "--upload", upload.UploadId, "--row", "9",
            "--rule", "AI1-S02", "--by", "wang.fang"]).Invoke();

        code.Should().Be(0);
        bad.Should().Be(2);
        _bed.Scalar<string>("SELECT decision || '|' || note FROM warning_decisions").Should().Be("sent-back|请核实上年同期");
    }
}
