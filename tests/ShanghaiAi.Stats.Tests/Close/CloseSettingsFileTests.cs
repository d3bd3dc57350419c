using System.Text.Json;
using ShanghaiAi.Stats.Cli.Commands;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Tests.Close.Support;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Close;

/// <summary>Close settings from a JSON file: the keys close-summary.json records, exact errors, and the CLI option.</summary>
public sealed class CloseSettingsFileTests : IDisposable
{
    private readonly CloseDb _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Load_TheSettingsAVintageRecorded_GivesBackTheSameSettings()
    {
        Seed();
        var used = new CloseSettings(MinContributors: 4, DominanceOneShare: 0.8m, DominanceTwoShare: 0.9m, CombineJanuaryFebruary: false,
            Impute: false, MaxImputedMonths: 1, WriteParquet: false, ProtectAcrossMonths: false);
        var r = _db.Close("2026-09", used);
        var recorded = JsonDocument.Parse(File.ReadAllText(_db.PathOf(r, "close-summary.json"))).RootElement.GetProperty("settings").GetRawText();
        var path = Write("settings.json", recorded);

        CloseSettingsFile.Load(path).Should().Be(used);
    }

    [Theory]
    [InlineData("""{"min_contributor": 4}""", "s.json: unknown setting 'min_contributor'; expected one of min_contributors, dominance_one_share, dominance_two_share, combine_january_february, impute, max_imputed_months, write_parquet, protect_across_months")]
    [InlineData("""{"min_contributors": "4"}""", "s.json: setting 'min_contributors' expected a whole number, found \"4\"")]
    [InlineData("""{"impute": 1}""", "s.json: setting 'impute' expected true or false, found 1")]
    [InlineData("""{"min_contributors": 0}""", "s.json: close settings: MinContributors expected >= 1, found 0")]
    [InlineData("""[4]""", "s.json: expected a JSON object of close settings, found Array")]
    public void Load_BadFile_NamesTheFileTheKeyAndWhatIsExpected(string json, string message)
    {
        var path = Write("s.json", json);

        FluentActions.Invoking(() => CloseSettingsFile.Load(path)).Should().Throw<StatsException>().Which.Message.Should().Be(message);
    }

    [Fact]
    public void CloseCommand_WithSettings_AppliesTheThreshold()
    {
        Seed();
        var strict = Write("strict.json", """{"min_contributors": 4}""");

        CloseCommand.Create().Parse(["--period", "2026-09", "--db", _db.Warehouse.Path, "--out", _db.Out("default")]).Invoke().Should().Be(0);
        CloseCommand.Create().Parse(["--period", "2026-09", "--db", _db.Warehouse.Path, "--out", _db.Out("strict"), "--settings", strict]).Invoke().Should().Be(0);
        CloseCommand.Create().Parse(["--period", "2026-09", "--db", _db.Warehouse.Path, "--settings", Write("bad.json", """{"x": 1}""")]).Invoke().Should().Be(2);

        var vintages = VintageStore.All(_db.Warehouse).Select(v => v.VintageId).ToList();
        vintages.Should().Equal("2026-09.v1", "2026-09.v2");
        VintageStore.Cells(_db.Warehouse, "2026-09.v1").Cell("revenue").ConfStatus.Should().Be("F", "three contributors meet the default of 3");
        VintageStore.Cells(_db.Warehouse, "2026-09.v2").Cell("revenue").ConfStatus.Should().Be("A", "three contributors are fewer than 4");
    }

    private void Seed()
    {
        foreach (var (u, rev) in new[] { ("A", 100m), ("B", 110m), ("C", 120m) })
        {
            _db.Enterprise(u).Report(u, "2026-08", rev - 10m).Report(u, "2026-09", rev);
        }
    }

    private string Write(string name, string text)
    {
        var path = _db.Out(name);
        File.WriteAllText(path, text);
        return path;
    }
}
