using ShanghaiAi.Stats.Cli.Commands;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Access;

/// <summary>The three findings of issue 11 part 2 (<c>--as</c> did not limit anything), each reproduced through the
/// command line as it was found, then held.</summary>
public sealed class IngestAuthorityFindingsTests
{
    private const string Association = "sh-ai-industry-association";

    [Fact]
    public void Ingest_RegisterAsAssociation_RefusedAndRegisterUntouched()
    {
        using var bed = IngestBed.Seeded();
        var file = bed.Write("register.csv", File.ReadAllText(Corpus.PathOf("register-base.csv")).Replace("上海测试智能科技有限公司1", "被替换的名称", StringComparison.Ordinal));

        var code = Cli(bed, "--kind", "register", file, "--as", "association:" + Association);

        code.Should().Be(2);
        bed.Scalar<long>("SELECT count(*) FROM register WHERE name = '被替换的名称'").Should().Be(0);
        bed.Scalar<long>("SELECT count(*) FROM uploads WHERE kind = 'register' AND role = 'association'").Should().Be(0);
        var refusal = Assert.Throws<Stats.Common.StatsException>(() => bed.Ingest(IngestKinds.Register, file, "association", Association));
        refusal.Message.Should().Be("register.csv: association:sh-ai-industry-association may not upload register; the register is the statistician's alone [AUTH-F01] / 上传者association:sh-ai-industry-association无权上传register；基本单位名录仅由统计局维护");
    }

    [Fact]
    public void Ingest_MonthlyReportAsEnterprise_OnlyItsOwnRowLoaded()
    {
        using var bed = IngestBed.Seeded();
        var file = bed.Write("m.csv", Some.Monthly(Some.MonthlyRow(Some.Uscc(1)), Some.MonthlyRow(Some.Uscc(2)), Some.MonthlyRow(Some.Uscc(3))));

        Cli(bed, "--kind", "monthly-report", file, "--as", "enterprise:" + Some.Uscc(2)).Should().Be(0);

        bed.Scalar<string>("SELECT string_agg(uscc, ',') FROM reports").Should().Be(Some.Uscc(2));
        var r = bed.Ingest(IngestKinds.MonthlyReport, file, "enterprise", Some.Uscc(2));
        (r.Accepted, r.Rejected).Should().Be((1, 2));
    }

    [Fact]
    public void Ingest_UnknownAssociation_RefusedAndNoMembershipRecorded()
    {
        using var bed = IngestBed.Seeded();

        var code = Cli(bed, "--kind", "member-roster", Corpus.PathOf("roster/valid.csv"), "--as", "association:no-such-assoc");

        code.Should().Be(2);
        bed.Scalar<long>("SELECT count(*) FROM memberships").Should().Be(0);
        bed.Scalar<long>("SELECT count(*) FROM uploads WHERE role = 'association'").Should().Be(0);
    }

    private static int Cli(IngestBed bed, params string[] args)
        => IngestCommand.Create().Parse([.. args, "--db", bed.DbPath, "--report", Path.Combine(bed.Dir, "reports")]).Invoke();
}
