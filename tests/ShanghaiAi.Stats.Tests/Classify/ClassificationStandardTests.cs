using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Tests.Classify;

public sealed class ClassificationStandardTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cls-std-" + Guid.NewGuid().ToString("N"));

    public ClassificationStandardTests()
    {
        var source = Path.Combine(ClassifyTestData.ReferenceDataDirectory(), "classification");
        Directory.CreateDirectory(_dir);
        foreach (var f in Directory.GetFiles(source))
        {
            File.Copy(f, Path.Combine(_dir, Path.GetFileName(f)));
        }
    }

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public void LoadEmbedded_Edition2025_HasTheSpecificationsCategoriesClassesAndRules()
    {
        var s = ClassificationStandard.LoadEmbedded();
        s.Edition.Should().Be("2025");
        s.EffectiveFrom.Should().Be(new DateOnly(2025, 1, 1));
        s.Level2ByPrecedence.Select(c => c.Code).Should().Equal(
            "0101", "0102", "0103", "0401", "0402", "0403", "0404", "0405", "0201", "0202", "0301", "0501", "0502", "0503",
            "0504", "0505", "0506", "0507", "0508", "0306", "0303", "0304", "0305", "0307", "0302", "0509");
        s.WholeClasses.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["3491"] = "0401", ["3492"] = "0401", ["3964"] = "0401", ["3962"] = "0402", ["3963"] = "0403", ["3961"] = "0405", ["3969"] = "0405",
        });
        s.PartialClasses["6520"].Should().Equal("0101");
        s.PartialClasses.Keys.Where(k => k.StartsWith("358", StringComparison.Ordinal)).Order()
            .Should().Equal("3581", "3582", "3583", "3584", "3585", "3586", "3589");
        s.PartialClasses.Keys.Where(k => k.StartsWith("343", StringComparison.Ordinal)).Order()
            .Should().Equal("3431", "3432", "3433", "3434", "3435", "3436", "3437", "3439");
        s.Keywords.Count.Should().BeGreaterThan(300);
        s.Keywords.Where(k => k.Kind == KeywordKind.Exclusion).Select(k => k.Term)
            .Should().Contain(["智能化工程", "建筑智能化", "智能卡", "智能家居销售"]);
        s.Keywords.Should().NotContain(k => k.Normalised == "智能" || k.Normalised == "智慧" || k.Normalised == "smart" || k.Normalised == "intelligent",
            "a bare 智能 is never a term");
    }

    [Fact]
    public void LoadEmbedded_EveryCategory_HasChineseAndEnglishStrongTermsAndANote()
    {
        var s = ClassificationStandard.LoadEmbedded();
        foreach (var c in s.Level2ByPrecedence)
        {
            s.Keywords.Should().Contain(k => k.Category == c.Code && k.Kind == KeywordKind.Strong && k.Lang == "zh", c.Code);
            s.Keywords.Should().Contain(k => k.Category == c.Code && k.Lang == "en", c.Code);
            s.Notes[c.Code].DefinitionZh.Should().NotBeNullOrWhiteSpace();
            s.Notes[c.Code].IncludesZh.Should().StartWith("包括：");
            s.Notes[c.Code].ExcludesZh.Should().StartWith("不包括：");
        }
    }

    [Fact]
    public void LoadDirectory_CopyOfTheEdition_EqualsEmbedded()
    {
        var s = ClassificationStandard.LoadDirectory(_dir);
        s.Keywords.Should().Equal(ClassificationStandard.LoadEmbedded().Keywords);
        ClassificationStandard.LoadDirectory(ClassifyTestData.ReferenceDataDirectory()).Concordance.Should().HaveCount(s.Concordance.Count);
    }

    [Fact]
    public void LoadDirectory_UnknownCategoryInKeywords_RejectedWithClearMessage()
    {
        Append("keywords-2025.csv", "量子智能,strong,0999,zh");
        var rows = File.ReadAllLines(Path.Combine(_dir, "keywords-2025.csv")).Length;
        Load().Should().Throw<StatsException>().WithMessage(
            $"classification/keywords-2025.csv row {rows}, column category: expected a 4-digit category of categories-2025.csv, found '0999'");
    }

    [Fact]
    public void LoadDirectory_DuplicateTermAfterNormalisation_RejectedWithClearMessage()
    {
        var lines = File.ReadAllLines(Path.Combine(_dir, "keywords-2025.csv"));
        var first = Array.FindIndex(lines, l => l.StartsWith("机器视觉,", StringComparison.Ordinal)) + 1;
        Append("keywords-2025.csv", "機器視覺,strong,0303,zh");
        Load().Should().Throw<StatsException>().WithMessage(
            $"classification/keywords-2025.csv row {lines.Length + 1}, column term: duplicate term '機器視覺' (normalised '机器视觉'), first at row {first}");
    }

    [Fact]
    public void LoadDirectory_ConcordanceToAClassThatDoesNotExist_RejectedWithClearMessage()
    {
        Append("concordance-2025.csv", "0404,3587,partial,");
        var rows = File.ReadAllLines(Path.Combine(_dir, "concordance-2025.csv")).Length;
        Load().Should().Throw<StatsException>().WithMessage(
            $"classification/concordance-2025.csv row {rows}, column gbt_class: expected a class of gbt4754-2017-classes-2025.csv, found '3587'");
    }

    [Fact]
    public void LoadDirectory_WholeClassListedTwice_RejectedWithClearMessage()
    {
        var lines = File.ReadAllLines(Path.Combine(_dir, "concordance-2025.csv"));
        var first = Array.FindIndex(lines, l => l.StartsWith("0401,3491,", StringComparison.Ordinal)) + 1;
        Append("concordance-2025.csv", "0402,3491,partial,");
        Load().Should().Throw<StatsException>().WithMessage(
            $"classification/concordance-2025.csv row {lines.Length + 1}, column gbt_class: class 3491 is listed for 0401 at row {first}; a whole class belongs to one category only");
    }

    [Fact]
    public void LoadDirectory_UnknownKind_RejectedWithClearMessage()
    {
        Append("keywords-2025.csv", "神经网络芯片,maybe,0101,zh");
        var rows = File.ReadAllLines(Path.Combine(_dir, "keywords-2025.csv")).Length;
        Load().Should().Throw<StatsException>().WithMessage(
            $"classification/keywords-2025.csv row {rows}, column kind: expected one of signal, strong, context, exclusion, guard, found 'maybe'");
    }

    private Func<ClassificationStandard> Load() => () => ClassificationStandard.LoadDirectory(_dir);

    private void Append(string file, string line) => File.AppendAllText(Path.Combine(_dir, file), line + "\n");
}
