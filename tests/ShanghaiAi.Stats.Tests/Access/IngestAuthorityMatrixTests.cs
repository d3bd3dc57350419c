using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Access;

/// <summary>
/// Every role x every kind of upload through the ingestion path: refused whole (AUTH-F01), or allowed with the rows
/// outside the sender's authority rejected (AUTH-H01..03). The register holds Some.Uscc(1..6); the association
/// sh-ai-industry-association has the member Some.Uscc(1) (and Some.Uscc(7), not in the register).
/// </summary>
public sealed class IngestAuthorityMatrixTests
{
    private const string Association = "association:sh-ai-industry-association";

    /// <summary>caller, kind, outcome: "refused" or the AUTH issues "row:rule" (empty = every row within authority).</summary>
    public static TheoryData<string, string, string> Matrix => new()
    {
        { "statistician", IngestKinds.Register, "" },
        { "statistician", IngestKinds.MemberRoster, "refused" },
        { "statistician", IngestKinds.MonthlyReport, "" },
        { "statistician", IngestKinds.ParkReport, "" },
        { Association, IngestKinds.Register, "refused" },
        { Association, IngestKinds.MemberRoster, "" },
        { Association, IngestKinds.MonthlyReport, "3:AUTH-H01,4:AUTH-H01" },
        { Association, IngestKinds.ParkReport, "refused" },
        { "park:SHAIP02", IngestKinds.Register, "refused" },
        { "park:SHAIP02", IngestKinds.MemberRoster, "refused" },
        { "park:SHAIP02", IngestKinds.MonthlyReport, "refused" },
        { "park:SHAIP02", IngestKinds.ParkReport, "2:AUTH-H03,4:AUTH-H03" },
        { "enterprise:" + Some.Uscc(2), IngestKinds.Register, "refused" },
        { "enterprise:" + Some.Uscc(2), IngestKinds.MemberRoster, "refused" },
        { "enterprise:" + Some.Uscc(2), IngestKinds.MonthlyReport, "2:AUTH-H02,4:AUTH-H02" },
        { "enterprise:" + Some.Uscc(2), IngestKinds.ParkReport, "refused" },
        { "planner", IngestKinds.Register, "refused" },
        { "planner", IngestKinds.MemberRoster, "refused" },
        { "planner", IngestKinds.MonthlyReport, "refused" },
        { "planner", IngestKinds.ParkReport, "refused" },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Ingest_RoleByKind_RefusedOrRowsOutsideAuthorityRejected(string who, string kind, string outcome)
    {
        using var bed = IngestBed.Seeded();
        bed.SeedService.Ingest(new IngestRequest(IngestKinds.MemberRoster, Corpus.PathOf("roster/valid.csv"), Caller.Parse(Association)));
        var caller = Caller.Parse(who);
        var file = FileOf(bed, kind);
        var before = bed.Scalar<long>("SELECT count(*) FROM uploads");

        var act = () => bed.Service.Ingest(new IngestRequest(kind, file, caller));

        if (outcome == "refused")
        {
            act.Should().Throw<StatsException>().Which.Message.Should().Contain($"{caller} may not upload {kind}").And.Contain("[AUTH-F01]");
            bed.Scalar<long>("SELECT count(*) FROM uploads").Should().Be(before, "a refused upload is neither archived nor recorded");
            Authority.MayUpload(caller, kind, Stats.Reference.ReferenceData.Embedded).Allowed.Should().BeFalse();
            return;
        }

        var r = act();
        string.Join(",", r.Issues.Where(i => i.RuleId.StartsWith("AUTH", StringComparison.Ordinal)).Select(i => $"{i.Row}:{i.RuleId}")).Should().Be(outcome);
        r.OutsideAuthority.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal(outcome.Length == 0 ? [] : outcome.Split(',').Select(o => o.Split(':')[0]));
        r.Rejected.Should().BeGreaterThanOrEqualTo(r.OutsideAuthority.Count);
        File.ReadAllText(r.JsonReportPath).Should().Contain("\"outside_authority\"");
        bed.Scalar<string>($"SELECT role || ':' || actor FROM uploads WHERE upload_id = '{r.UploadId}'")
            .Should().Be(caller.Scope is null ? $"{caller}:local" : caller.ToString(), "every upload records who sent it");
    }

    /// <summary>Rows 2-4 of each file: one within every scope the matrix uses and two outside some.</summary>
    private static string FileOf(IngestBed bed, string kind) => kind switch
    {
        IngestKinds.Register => Corpus.PathOf("register-base.csv"),
        IngestKinds.MemberRoster => Corpus.PathOf("roster/valid.csv"),
        IngestKinds.MonthlyReport => bed.Write("m.csv", Some.Monthly(Some.MonthlyRow(Some.Uscc(1)), Some.MonthlyRow(Some.Uscc(2)), Some.MonthlyRow(Some.Uscc(3)))),
        _ => Corpus.PathOf("park/valid.csv"),
    };
}
