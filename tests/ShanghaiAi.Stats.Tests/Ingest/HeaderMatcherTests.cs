using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;

namespace ShanghaiAi.Stats.Tests.Ingest;

public sealed class HeaderMatcherTests
{
    [Theory]
    [InlineData("营业收入 本年累计（千元）", "revenue_ytd")]
    [InlineData("营业收入本年累计(千元)", "revenue_ytd")]
    [InlineData("Revenue YTD", "revenue_ytd")]
    [InlineData("ＲＥＶＥＮＵＥ＿ＹＴＤ", "revenue_ytd")]
    [InlineData("其中：人工智能软件收入", "ai_software_ytd")]
    [InlineData("*统一社会信用代码", "uscc")]
    [InlineData("从业人员期末人数 [人]", "employees_end")]
    [InlineData("报告期", "period")]
    public void ColumnOf_AliasesAndVariants_MapToCanonical(string header, string column)
    {
        var i = HeaderMatcher.ColumnOf(IngestKinds.MonthlyReport, header);
        i.Should().BeGreaterThanOrEqualTo(0);
        KindSchema.Monthly.Columns[i].Name.Should().Be(column);
    }

    [Theory]
    [InlineData("联系人")]
    [InlineData("联系电话")]
    [InlineData("手机")]
    [InlineData("电子邮箱")]
    [InlineData("E-mail")]
    [InlineData("Contact Phone")]
    public void IsPersonal_ContactHeaders_Detected(string header) => HeaderText.IsPersonal(HeaderText.Normalise(header)).Should().BeTrue();

    [Fact]
    public void Match_MissingColumns_ListsMissingAndFound()
    {
        var header = new[] { "uscc", "period", "revenue_ytd" };
        var act = () => HeaderMatcher.Match("f.csv", IngestKinds.ParkReport, header, 1, [header]);
        var e = act.Should().Throw<StatsException>().Which;
        FileRejection.RuleOf(e).Should().Be("FILE-F06");
        e.Message.Should().StartWith("f.csv: row 1: required column(s) missing: park_id, compute_capacity_pflops").And.Contain("found: uscc, period, revenue_ytd");
    }

    [Fact]
    public void Schemas_ColumnsFollowTheContract()
    {
        KindSchema.Register.Columns.Select(c => c.Name).Should().Equal(KindSchema.RegisterColumns);
        KindSchema.Monthly.Columns.Select(c => c.Name).Should().Equal(KindSchema.MonthlyColumns);
        KindSchema.Park.Columns.Select(c => c.Name).Should().Equal(KindSchema.ParkColumns);
        KindSchema.MemberRoster.Columns.Select(c => c.Name).Should().Equal([.. KindSchema.RegisterColumns, "membership_since"]);
        foreach (var kind in IngestKinds.All)
        {
            var schema = KindSchema.For(kind);
            var names = schema.Columns.SelectMany(c => c.Aliases.Append(c.Name)).Select(HeaderText.Normalise).ToList();
            names.Should().OnlyHaveUniqueItems($"aliases of {kind} must not collide");
        }
    }
}
