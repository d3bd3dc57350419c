using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Synthetic;

namespace ShanghaiAi.Stats.Tests.Synthetic;

public sealed class SyntheticGeneratorTests(SyntheticFixture fixture) : IClassFixture<SyntheticFixture>
{
    private static string NewDir() => Path.Combine(Path.GetTempPath(), "aistats-synth-" + Guid.NewGuid().ToString("N"));

    private static Dictionary<string, byte[]> Files(string dir)
        => Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes, StringComparer.Ordinal);

    [Fact]
    public void Generate_SameSeed_WritesByteIdenticalFiles()
    {
        var dir = NewDir();
        try
        {
            SyntheticGenerator.Generate(SyntheticFixture.SmallOptions, dir, ReferenceData.Embedded);
            var first = Files(fixture.Dir);
            var second = Files(dir);
            second.Keys.Should().BeEquivalentTo(first.Keys);
            first.Keys.Should().Contain(Path.Combine("members", "sh-ai-industry-association.xlsx"));
            foreach (var (name, bytes) in first)
            {
                second[name].SequenceEqual(bytes).Should().BeTrue($"{name} should be byte-identical for the same seed");
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Generate_DifferentSeed_WritesDifferentRegisterAndReports()
    {
        var dir = NewDir();
        try
        {
            var set = SyntheticGenerator.Generate(SyntheticFixture.SmallOptions with { Seed = 8 }, dir, ReferenceData.Embedded);
            File.ReadAllBytes(set.RegisterPath).Should().NotEqual(File.ReadAllBytes(fixture.Set.RegisterPath));
            File.ReadAllBytes(set.ReportPaths[^1]).Should().NotEqual(File.ReadAllBytes(fixture.Set.ReportPaths[^1]));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Generate_Register_HasContractColumnsBomAndValidUniqueUsccs()
    {
        var bytes = File.ReadAllBytes(fixture.Set.RegisterPath);
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        File.ReadLines(fixture.Set.RegisterPath).First().TrimStart('\uFEFF').Should()
            .Be("uscc,name,district_code,park_id,industry_code,business_scope,main_products,registered_on,size_class");

        var rows = SyntheticFixture.Read(fixture.Set.RegisterPath);
        rows.Should().HaveCount(200);
        rows.Select(r => r["uscc"]).Should().OnlyHaveUniqueItems().And.OnlyContain(u => Uscc.IsValid(u));
        var districts = ReferenceData.Embedded.ActiveDistricts.Select(d => d.Code).ToHashSet();
        var parks = ReferenceData.Embedded.ParksById;
        foreach (var r in rows)
        {
            districts.Should().Contain(r["district_code"]);
            r["industry_code"].Should().MatchRegex("^[0-9]{4}$");
            r["size_class"].Should().BeOneOf("规上", "规下");
            DateOnly.ParseExact(r["registered_on"], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                .Should().BeOnOrBefore(SyntheticFixture.SmallOptions.End.LastDay);
            if (r["park_id"].Length > 0)
            {
                parks[r["park_id"]].DistrictCode.Should().Be(r["district_code"], "an enterprise sits in its park's district");
            }
        }

        // Positions 3-8 carry the district code for most enterprises, and not for all (the soft rule must fire).
        var matching = rows.Count(r => Uscc.DivisionCode(r["uscc"]) == r["district_code"]);
        matching.Should().BeGreaterThan(170).And.BeLessThan(200);
        rows.Count(r => r["park_id"].Length > 0).Should().BeInRange(50, 110);
    }

    [Fact]
    public void Generate_Reports_UsccsAreValidAndInTheRegister()
    {
        var register = SyntheticFixture.Read(fixture.Set.RegisterPath).Select(r => r["uscc"]).ToHashSet();
        foreach (var path in fixture.Set.ReportPaths)
        {
            SyntheticFixture.Read(path).Should().OnlyContain(r => Uscc.IsValid(r["uscc"]) && register.Contains(r["uscc"]), path);
        }
    }

    [Fact]
    public void Generate_Truth_CoversEveryCategoryAndOutOfScope()
    {
        var truth = SyntheticFixture.Read(fixture.Set.TruthPath);
        truth.Should().HaveCount(200);
        var codes = truth.Select(t => t["true_category"]).ToHashSet();
        var expected = ReferenceData.Embedded.Categories.Where(c => c.Level == 2).Select(c => c.Code).Append("00").ToList();
        expected.Should().HaveCount(27);
        codes.Should().BeEquivalentTo(expected);
        truth.Count(t => t["true_category"] == "00").Should().BeInRange(40, 100, "about 35% are out of scope");
        truth.Where(t => t["true_category"] == "00").Should().OnlyContain(t => t["ai_enterprise"] == "N");
        truth.Select(t => t["ai_enterprise"]).Distinct().Should().BeEquivalentTo(["Y", "N"]);
        truth.Select(t => t["uscc"]).Should().Equal(SyntheticFixture.Read(fixture.Set.RegisterPath).Select(r => r["uscc"]));
    }
}
