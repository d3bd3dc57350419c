using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Tests.Access;

/// <summary>The rules of <see cref="Authority"/> on their own (no files, no warehouse): reads, close, scopes.</summary>
public sealed class AuthorityTests
{
    private static readonly Caller Statistician = Caller.Statistician;
    private static readonly Caller Ai = Caller.Parse("association:sh-ai-industry-association");
    private static readonly Caller Robotics = Caller.Parse("association:sh-robotics-industry-association");
    private static readonly Caller Park1 = Caller.Parse("park:SHAIP01");
    private static readonly Caller Firm = Caller.Parse("enterprise:91310115000000001U");
    private static readonly Caller Planner = Caller.Parse("planner");

    /// <summary>Each resource, and which of the six callers above may read it (S, Ai, Robotics, Park1, Firm, Planner).</summary>
    public static TheoryData<string, string> ReadMatrix => new()
    {
        { "public", "S Ai Robotics Park1 Firm Planner" },
        { "internal", "S" },
        { "upload-by-ai", "S Ai" },
        { "upload-by-firm", "S Firm" },
        { "park-score-SHAIP01", "S Park1 Planner" },
        { "park-score-SHAIP02", "S Planner" },
        { "members-of-ai", "S Ai" },
        { "reports-of-firm", "S Ai Firm" },
        { "reports-of-other", "S" },
    };

    [Theory]
    [MemberData(nameof(ReadMatrix))]
    public void MayRead_EveryRoleByResource_AsTheTable(string resource, string allowed)
    {
        var r = resource switch
        {
            "public" => Resource.PublicOutputs,
            "internal" => Resource.InternalOutputs,
            "upload-by-ai" => Resource.UploadBy(Caller.Parse("association:sh-ai-industry-association")),
            "upload-by-firm" => Resource.UploadBy(Firm),
            "park-score-SHAIP01" => Resource.ParkScoreOf("SHAIP01"),
            "park-score-SHAIP02" => Resource.ParkScoreOf("SHAIP02"),
            "members-of-ai" => Resource.MembersOf("sh-ai-industry-association"),
            "reports-of-firm" => Resource.ReportsOf("91310115000000001U", ["sh-ai-industry-association"]),
            _ => Resource.ReportsOf("91310115000000002Y", []),
        };
        var callers = new (string Name, Caller Caller)[] { ("S", Statistician), ("Ai", Ai), ("Robotics", Robotics), ("Park1", Park1), ("Firm", Firm), ("Planner", Planner) };

        string.Join(" ", callers.Where(c => Authority.MayRead(c.Caller, r)).Select(c => c.Name)).Should().Be(allowed);
    }

    [Fact]
    public void MayClose_OnlyTheStatistician()
    {
        new[] { Statistician, Ai, Park1, Firm, Planner }.Select(Authority.MayClose).Should().Equal(true, false, false, false, false);
        new[] { Statistician, Ai, Park1, Firm, Planner }.Select(Authority.MayReview).Should().Equal(true, false, false, false, false);
    }

    [Fact]
    public void MayUpload_UnknownAssociation_RefusedNamingTheKnownOnes()
    {
        var permit = Authority.MayUpload(Caller.Parse("association:no-such-assoc"), "member-roster", ReferenceData.Embedded);

        permit.Allowed.Should().BeFalse();
        permit.Refusal.Should().Be(new Refusal("AUTH-F02",
            "association 'no-such-assoc' is not in the associations register (edition 2025); expected one of sh-ai-industry-association, sh-software-industry-association, sh-robotics-industry-association, sh-ic-industry-association",
            "协会'no-such-assoc'不在行业协会名录（2025版）中；应为sh-ai-industry-association, sh-software-industry-association, sh-robotics-industry-association, sh-ic-industry-association之一"));
    }

    [Fact]
    public void MayUpload_RetiredAssociation_Refused()
    {
        var reference = ReferenceLoader.Load(rel =>
        {
            var text = ReferenceLoader.ReadEmbedded(rel);
            return rel == "associations/associations-2025.csv" ? text!.Replace("related-organization,active\nsh-robotics", "related-organization,retired\nsh-robotics", StringComparison.Ordinal) : text;
        });

        var permit = Authority.MayUpload(Caller.Parse("association:sh-software-industry-association"), "monthly-report", reference);

        permit.Refusal!.RuleId.Should().Be("AUTH-F02");
        permit.Refusal.En.Should().Be("association 'sh-software-industry-association' is retired from the associations register (edition 2025)");
    }

    [Fact]
    public void MayUpload_ScopesInOtherSpellings_CanonicalCaller()
    {
        Authority.MayUpload(Caller.Parse("park:shaip03"), "park-report", ReferenceData.Embedded).Caller.Should().Be(Caller.Parse("park:SHAIP03"));
        Authority.MayUpload(Caller.Parse("enterprise:91310115000000001u"), "monthly-report", ReferenceData.Embedded).Caller.Should().Be(Firm);
    }

    [Fact]
    public void MayUpload_UnknownParkOrBadCreditCode_RefusedAsUnknownScope()
    {
        Authority.MayUpload(Caller.Parse("park:SHAIP99"), "park-report", ReferenceData.Embedded).Refusal!.En
            .Should().Be("park 'SHAIP99' is not in the parks register (edition 2025); expected a park id such as SHAIP01");
        Authority.MayUpload(Caller.Parse("enterprise:91310115000000001X"), "monthly-report", ReferenceData.Embedded).Refusal!.RuleId.Should().Be("AUTH-F02");
    }

    [Fact]
    public void MayUpload_PlannerAnything_RefusedBeforeItsScopeIsLookedAt()
    {
        Authority.MayUpload(Planner, "monthly-report", ReferenceData.Embedded).Refusal.Should().Be(new Refusal("AUTH-F01",
            "planner may not upload monthly-report; a planner reads public outputs and uploads nothing",
            "上传者planner无权上传monthly-report；规划部门只读取公开数据，不上传数据"));
    }

    [Fact]
    public void RowAuthority_Association_RejectsNonMembersOnly()
    {
        var permit = Authority.MayUpload(Ai, "monthly-report", ReferenceData.Embedded);
        var rows = new RowAuthority(permit, new HashSet<string> { "91310115000000001U" });

        (rows.EnterpriseOutside("91310115000000001U"), rows.EnterpriseOutside("91310115000000002Y"), rows.ParkOutside("SHAIP01"))
            .Should().Be(((string?)null, (string?)"AUTH-H01", (string?)null));
        rows.Scope.Should().Be("sh-ai-industry-association");
    }

    [Fact]
    public void UploadKinds_AreTheKindsIngestionKnows()
        => Authority.UploadKinds.Should().Equal(Stats.Ingest.IngestKinds.All);
}
