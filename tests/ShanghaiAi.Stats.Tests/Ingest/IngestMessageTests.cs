using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Ingest;

/// <summary>The exact messages of the issue-12 rows whose wording is the fix: what happened and how to fix it.</summary>
public sealed class IngestMessageTests
{
    private static IngestResult Run(string file)
    {
        using var bed = IngestBed.Seeded();
        return bed.Ingest(IngestKinds.MonthlyReport, Corpus.PathOf(file));
    }

    [Fact]
    public void Ingest_CreditCodeExcelTurnedIntoANumber_SaysSoAndHowToFixTheColumn()
    {
        var issues = Run("monthly/excel-number-uscc.csv").Issues.Where(i => i.RuleId == "AI1-H01").ToList();
        issues.Should().HaveCount(2);
        issues[0].MessageEn.Should().Contain("Excel stored '9.13101150000000E+17' as a number and lost its last digits")
            .And.Contain("format the column as Text").And.NotContain("not 20");
        issues[1].MessageEn.Should().Contain("Excel stored '913101150000000000' as a number");
    }

    /// <summary>message_zh is Chinese throughout (issue 17): no English phrase of the rule's expectation or of the found
    /// value leaks into it (it read "应为an 18-character code" and "实为“software+services+products = 1339.3”").</summary>
    [Theory]
    [InlineData("monthly/bad-check-digit.csv", "AI1-H01")]
    [InlineData("monthly/excel-number-uscc.csv", "AI1-H01")]
    [InlineData("monthly/split-not-adding.csv", "AI1-H11")]
    public void Ingest_MessageZh_ChineseThroughout(string file, string rule)
    {
        var issues = Run(file).Issues.Where(i => i.RuleId == rule).ToList();
        issues.Should().NotBeEmpty();
        foreach (var i in issues)
        {
            var expectation = i.MessageZh[(i.MessageZh.IndexOf("；应为", StringComparison.Ordinal) + 3)..i.MessageZh.IndexOf("，实为", StringComparison.Ordinal)];
            expectation.Replace("Excel", string.Empty, StringComparison.Ordinal).Should().NotMatchRegex("[A-Za-z]{3,}", i.MessageZh);
            i.MessageZh.Should().NotContain("software").And.NotContain("characters").And.NotContain("code");
        }
    }

    [Fact]
    public void Ingest_RegisterCreditCodeAsExcelNumber_SaysSo()
    {
        using var bed = new IngestBed();
        var path = bed.Write("reg.csv", "uscc,name,district_code,industry_code\n9.13101150000000E+17,某公司,310115,6513\n");
        bed.Ingest(IngestKinds.Register, path).Issues.Single(i => i.RuleId == "REG-H02").MessageEn.Should().Contain("Excel stored");
    }

    [Fact]
    public void Ingest_CountAboveTwoToThe31_NamesTheCountLimitAndARoundedValueIsNoticed()
    {
        var issues = Run("monthly/count-and-rounding.csv").Issues;
        issues.Single(i => i.RuleId == "AI1-H15").MessageEn.Should().Contain("at most 2147483647 (2^31 - 1)").And.NotContain("10^16");
        issues.Single(i => i.RuleId == "AI1-I02").MessageEn.Should().Contain("stored as 1000.01").And.Contain("found '1000.005'");
    }

    [Fact]
    public void Ingest_NulInsideAName_RejectedNamingRowColumnAndTheCharacter()
    {
        using var bed = new IngestBed();
        var r = bed.Ingest(IngestKinds.Register, Corpus.PathOf("register/nul-after-4k.csv"));
        var issue = r.Issues.Single(i => i.RuleId == "FILE-H03");
        issue.Row.Should().Be(7);
        issue.MessageEn.Should().Contain("row 7, column name").And.Contain("上海\\u0000空字符有限公司");
        bed.Scalar<long>("SELECT count(*) FROM register WHERE name LIKE '上海%空字符%' OR name = '上海'").Should().Be(0);
    }

    [Fact]
    public void Ingest_Gb18030FileWithAUtf8Row_RejectsThatRowNamingItsColumnAndShowingTheText()
    {
        using var bed = new IngestBed();
        var r = bed.Ingest(IngestKinds.Register, Corpus.PathOf("register/gb18030-one-utf8-row.csv"));
        var issue = r.Issues.Single(i => i.RuleId == "FILE-H04");
        issue.MessageEn.Should().Contain("row 5, column name").And.Contain("上海测试智能科技有限公司4").And.Contain("GB18030");
        bed.Scalar<long>("SELECT count(*) FROM register WHERE valid_to IS NULL").Should().Be(5);
        bed.Scalar<long>("SELECT count(*) FROM register WHERE name = '上海测试智能科技有限公司3'").Should().Be(1, "the GB18030 rows read right");
    }

    [Fact]
    public void Ingest_ProfitNoEnterpriseCouldReport_RejectedWithTheMagnitudeRule()
    {
        var issues = Run("monthly/implausible-magnitudes.csv").Issues;
        issues.Single(i => i.RuleId == "AI1-H18").MessageEn.Should().Contain("column profit_ytd").And.Contain("at most 10^10");
        issues.Single(i => i.RuleId == "AI1-S07").MessageEn.Should().Contain("within 10 x the enterprise's revenue (1000)");
    }

    [Fact]
    public void Ingest_FootnoteRows_ReportedAsSkippedNotAsData()
    {
        var r = Run("monthly/footnotes.csv");
        r.DataRows.Should().Be(3);
        r.Issues.Where(i => i.RuleId == "FILE-I03").Select(i => i.Value).Should().Equal(
            "注：本表由协会汇总，数据截至2026年10月，金额单位为千元。", "填表人：张三");
    }
}
