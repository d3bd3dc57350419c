using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Issue 16 (termsb): guard words of the keyword list (kind <c>guard</c>) stop a term from matching inside a longer
/// word that means something else, and count for nothing themselves.
/// </summary>
public sealed class ClassifierGuardWordTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Fact]
    public void Classify_ProductionLineInsideAssetClues_NotManufacturing()
    {
        // 产线 (0501) inside 财产线索 (clues to a debtor's assets, court enforcement)
        var r = Classifier.Classify(Entry("运用机器学习的被执行人财产线索分析服务"));

        r.Category.Should().Be("0507", r.Evidence);
        r.SecondaryCategories.Should().NotContain("0501");
        r.Evidence.Should().NotContain("产线");
    }

    [Fact]
    public void Classify_MedicationInsideVeterinaryDrugs_NotHealth()
    {
        var r = Classifier.Classify(Entry("兽用药品销售与人工智能养殖管理"));

        r.Category.Should().Be("0509", r.Evidence);
    }

    [Fact]
    public void Classify_TermOutsideAGuardWord_StillCounts()
    {
        var r = Classifier.Classify(Entry("人工智能产线排程优化"));

        r.Category.Should().Be("0501", r.Evidence);
    }

    [Fact]
    public void Load_GuardWordsInTheEdition_HaveNoCategory()
    {
        var guards = ClassificationStandard.LoadEmbedded().Keywords.Where(k => k.Kind == KeywordKind.Guard).ToList();

        guards.Should().NotBeEmpty();
        guards.Should().OnlyContain(k => k.Category == null);
    }
}
