using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Ingest;

/// <summary>Register and roster history, conflicts and memberships; park reports; the XLSX report.</summary>
public sealed class IngestRegisterParkTests
{
    [Fact]
    public void Ingest_RegisterChanged_UpdatesWithHistory()
    {
        using var bed = new IngestBed();
        bed.SeedRegister();
        var u = Some.Uscc(1);
        bed.Time.Advance(TimeSpan.FromDays(1));
        var r = bed.Ingest(IngestKinds.Register, bed.Write("reg2.csv",
            "uscc,name,district_code,industry_code\n" + $"{u},上海测试智能科技有限公司1,310115,6520\n{Some.Uscc(2)},上海测试智能科技有限公司2,310115,6513\n"));

        r.Issues.Select(i => $"{i.Row}:{i.RuleId}").Should().Equal("2:REG-I01");
        bed.Scalar<long>($"SELECT count(*) FROM register WHERE uscc = '{u}'").Should().Be(2);
        bed.Scalar<string>($"SELECT industry_code || '/' || business_scope FROM register WHERE uscc = '{u}' AND valid_to IS NULL").Should().Be("6520/人工智能软件开发;数据处理");
        bed.Scalar<string>($"SELECT industry_code || '/' || strftime(valid_to, '%Y-%m-%d') FROM register WHERE uscc = '{u}' AND valid_to IS NOT NULL").Should().Be("6513/2026-11-16");
        bed.Scalar<long>($"SELECT count(*) FROM register WHERE uscc = '{Some.Uscc(2)}'").Should().Be(1);
    }

    [Fact]
    public void Ingest_MemberRoster_KeepsConflictsForReviewAndAssociationFromCaller()
    {
        using var bed = new IngestBed();
        bed.SeedRegister();
        var r = bed.Ingest(IngestKinds.MemberRoster, bed.Write("roster.csv",
            "统一社会信用代码,单位名称,行政区划代码,行业代码,入会日期,association_id,联系人,手机,email\n"
            + $"{Some.Uscc(1)},上海测试智能科技有限公司1,310115,6520,2021-03-01,HACKED,张三,13800000000,z@x.cn\n"
            + $"{Some.Uscc(7)},新会员,310115,6513,2024-01-01,HACKED,李四,13900000000,l@x.cn\n"), "association", "sh-ai-industry-association");

        r.Issues.Select(i => $"{i.Row}:{i.RuleId}").Should().BeEquivalentTo("0:FILE-I01", "0:FILE-I02", "0:FILE-I02", "0:FILE-I02", "2:REG-S06");
        bed.Scalar<string>($"SELECT industry_code FROM register WHERE uscc = '{Some.Uscc(1)}' AND valid_to IS NULL").Should().Be("6513");
        bed.Scalar<string>("SELECT uscc || '/' || field || '/' || current_value || '/' || proposed_value || '/' || source FROM register_conflicts")
            .Should().Be($"{Some.Uscc(1)}/industry_code/6513/6520/association:sh-ai-industry-association");
        bed.Scalar<string>($"SELECT source FROM register WHERE uscc = '{Some.Uscc(7)}'").Should().Be("association:sh-ai-industry-association");
        bed.Scalar<string>("SELECT string_agg(DISTINCT association_id, ',') FROM memberships").Should().Be("sh-ai-industry-association");
        bed.Scalar<string>($"SELECT strftime(membership_since, '%Y-%m-%d') FROM memberships WHERE uscc = '{Some.Uscc(1)}'").Should().Be("2021-03-01");
        // No personal contact data anywhere in the warehouse or the reports.
        bed.Scalar<long>("SELECT count(*) FROM register WHERE name LIKE '%张三%' OR business_scope LIKE '%138%'").Should().Be(0);
        File.ReadAllText(r.JsonReportPath).Should().NotContain("13800000000").And.NotContain("z@x.cn");
        using var wb = new ClosedXML.Excel.XLWorkbook(r.XlsxReportPath);
        wb.Worksheet(1).CellsUsed().Select(c => c.GetString()).Should().NotContain(s => s.Contains("13800000000") || s.Contains("张三"));
    }

    [Fact]
    public void Ingest_MemberRosterWithoutAssociation_Refused()
    {
        using var bed = new IngestBed();
        var act = () => bed.Ingest(IngestKinds.MemberRoster, Corpus.PathOf("roster/valid.csv"));
        act.Should().Throw<StatsException>().WithMessage("*a member roster comes from its association: upload it as association:ID [AUTH-F01]*");
    }

    [Fact]
    public void Ingest_XlsxReport_IsTheUploadWithStatusAndHighlightedCells()
    {
        using var bed = new IngestBed();
        bed.SeedRegister();
        var r = bed.Ingest(IngestKinds.Register, Corpus.PathOf("register/bad-values.csv"));

        using var wb = new ClosedXML.Excel.XLWorkbook(r.XlsxReportPath);
        var ws = wb.Worksheet("数据 Data");
        ws.Cell(1, 1).GetString().Should().Be("uscc");
        ws.Cell(1, 10).GetString().Should().Be("状态 status");
        ws.Cell(2, 10).GetString().Should().Be("拒绝 rejected");
        ws.Cell(2, 11).GetString().Should().Contain("REG-H05").And.Contain("310199");
        ws.Cell(2, 3).GetString().Should().Be("310199");
        ws.Cell(2, 3).Style.Fill.BackgroundColor.Color.ToArgb().Should().Be(unchecked((int)0xFFFFC7CE));
        ws.Cell(3, 10).GetString().Should().Be("接受(有警告) accepted with warnings");
        ws.Cell(3, 3).Style.Fill.BackgroundColor.Color.ToArgb().Should().Be(unchecked((int)0xFFFFEB9C));
        // A formula-like name comes back as the text typed, not as a formula.
        ws.Cell(8, 2).HasFormula.Should().BeFalse();
        ws.Cell(8, 2).GetString().Should().Be("=HYPERLINK(\"http://x\")");
        ws.Cell(8, 12).GetString().Should().Be("8");
        wb.Worksheet("问题 Issues").RowsUsed().Count().Should().Be(r.Issues.Count + 1);
    }

    [Fact]
    public void Ingest_ParkReportRevision_SupersedesEarlierReport()
    {
        using var bed = new IngestBed();
        bed.Ingest(IngestKinds.ParkReport, Corpus.PathOf("park/valid.csv"));
        var r = bed.Ingest(IngestKinds.ParkReport, bed.Write("p2.csv",
            File.ReadAllLines(Corpus.PathOf("park/valid.csv"))[0] + "\nSHAIP01,2026-09,130,40,12,8,5,25000,50000,1200,300,150,1.2,否\n"), "park", "SHAIP01");
        r.Issues.Select(i => $"{i.Row}:{i.RuleId}").Should().Equal("2:PARK-I01");
        bed.Scalar<string>("SELECT typeof(pue) || '/' || typeof(ethics_review) || '/' || typeof(open_datasets) FROM park_reports LIMIT 1").Should().Be("DECIMAL(6,3)/BOOLEAN/INTEGER");
        bed.Scalar<string>("SELECT pue::VARCHAR || '/' || ethics_review || '/' || revision FROM park_reports WHERE park_id = 'SHAIP01' AND superseded_at IS NULL").Should().Be("1.200/false/2");
        bed.Scalar<long>("SELECT count(*) FROM park_reports WHERE superseded_at IS NOT NULL").Should().Be(1);
    }

    [Fact]
    public void Ingest_ParkUploaderOutsideScope_RowRejected()
    {
        using var bed = new IngestBed();
        var r = bed.Ingest(IngestKinds.ParkReport, Corpus.PathOf("park/valid.csv"), "park", "SHAIP02");
        r.Issues.Select(i => $"{i.Row}:{i.RuleId}").Should().Equal("2:AUTH-H03", "4:AUTH-H03");
        r.Accepted.Should().Be(1);
    }
}
