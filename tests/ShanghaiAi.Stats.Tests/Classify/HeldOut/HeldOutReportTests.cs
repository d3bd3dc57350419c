namespace ShanghaiAi.Stats.Tests.Classify.HeldOut;

/// <summary>The held-out report shows how well the classifier does and never which cases it misses.</summary>
public sealed class HeldOutReportTests
{
    [Theory]
    [InlineData(HeldOutCase.FirstSet)]
    [InlineData(HeldOutCase.SecondSet)]
    public void Report_HeldOutSet_SummaryTablesOnlyNoEnterpriseNoRowLevelConfusion(string file)
    {
        var cases = HeldOutCase.Load(file);
        var score = HeldOutScore.Measure(cases);

        var report = score.Report("held-out");

        report.Should().Contain("| category | count | share right | silent misses |")
            .And.Contain("| confidence band | count | share right | flagged for review |")
            .And.Contain($"{score.Count} enterprises, {score.Right} right");
        report.Should().NotContain("->", "a row-level confusion (expected -> got) points at the cases missed")
            .And.NotContainAny(["miss:", "confusion"]);
        foreach (var c in cases)
        {
            report.Should().NotContain(c.Entry.Name).And.NotContain(c.Entry.Uscc);
        }

        var lines = report.Split('\n');
        lines.Count(l => l.StartsWith("| 0", StringComparison.Ordinal)).Should().Be(27, "one table line per category (26 and 00)");
        lines.Count(l => l.StartsWith("| [", StringComparison.Ordinal)).Should().Be(score.Reliability().Count, "one table line per confidence band");
        lines.Count(l => l.StartsWith('|')).Should().Be(27 + score.Reliability().Count + 4, "nothing else is a table line but the two headers");
    }
}
