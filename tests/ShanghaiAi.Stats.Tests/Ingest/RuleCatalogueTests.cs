using System.Text.RegularExpressions;
using ShanghaiAi.Stats.Ingest;

namespace ShanghaiAi.Stats.Tests.Ingest;

public sealed partial class RuleCatalogueTests
{
    [GeneratedRegex("^(FILE|REG|AI1|PARK|AUTH)-[FHSI][0-9]{2}$")]
    private static partial Regex IdPattern();

    [Fact]
    public void All_RulesHaveStableIdsSeverityAndBothLanguages()
    {
        var all = RuleCatalogue.All;
        all.Select(r => r.Id).Should().OnlyHaveUniqueItems();
        foreach (var r in all)
        {
            IdPattern().IsMatch(r.Id).Should().BeTrue(r.Id);
            var letter = r.Id.Split('-')[1][0];
            letter.Should().Be(r.Severity switch { RuleSeverity.File => 'F', RuleSeverity.Hard => 'H', RuleSeverity.Soft => 'S', _ => 'I' }, r.Id);
            r.TitleEn.Should().NotBeNullOrWhiteSpace();
            r.TitleZh.Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}", r.Id);
            r.ExpectedEn.Should().NotBeNullOrWhiteSpace();
            r.ExpectedZh.Should().NotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void All_EveryRuleIdUsedInTheSourceIsInTheCatalogue()
    {
        var src = Path.GetFullPath(Path.Combine(Support.Corpus.PathOf("."), "..", "..", "..", "..", "src", "ShanghaiAi.Stats"));
        var used = new[] { "Ingest", "Access" }.SelectMany(d => Directory.EnumerateFiles(Path.Combine(src, d), "*.cs"))
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "\"((FILE|REG|AI1|PARK|AUTH)-[FHSI][0-9]{2})\"").Select(m => m.Groups[1].Value))
            .Distinct().ToList();
        used.Should().NotBeEmpty();
        used.Should().BeSubsetOf(RuleCatalogue.All.Select(r => r.Id));
    }

    [Fact]
    public void All_CoversTheContractsHardAndSoftRules()
    {
        var ids = RuleCatalogue.All.Select(r => r.Id).ToList();
        ids.Count(i => i.StartsWith("AI1-H", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(13);
        ids.Count(i => i.StartsWith("AI1-S", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(4);
        ids.Count(i => i.StartsWith("REG-", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(12);
        ids.Count(i => i.StartsWith("PARK-", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(10);
    }
}
