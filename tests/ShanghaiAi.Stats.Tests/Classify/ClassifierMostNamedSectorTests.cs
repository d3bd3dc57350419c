using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Issue 16 (termse): when the texts count more than one sector application, the sector they name most decides (a tie
/// keeps the precedence of rule 2), with a review; a trade with no category of its own named more often than a sector
/// resting on context terms gives 0509; a sector result beside another counted sector is never "sure"; a technology
/// result beside a trade with no category of its own goes to review.
/// </summary>
public sealed class ClassifierMostNamedSectorTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Fact]
    public void Classify_EducationNamedMoreThanOneManufacturingWord_EducationWithReview()
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发", "6513", "数控车床实训课程AI考核"));

        (r.Category, r.Review, r.Confidence).Should().Be(("0504", true, 0.7), r.Evidence);
        r.Evidence.Should().Contain("0504 is named more than 0501");
        r.ReviewReason.Should().Contain("文本更多指向0504");
    }

    [Fact]
    public void Classify_TwoSectorsNamedEqually_PrecedenceKeepsTheFirst()
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发", "6513", "物流园区与学校的AI排班"));

        (r.Category, r.Review).Should().Be(("0503", true), r.Evidence);
    }

    [Fact]
    public void Classify_CaseFilesNamedMoreThanAnExamTerm_Justice()
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发", "6513", "检察院案件卷宗智能阅卷"));

        (r.Category, r.Review).Should().Be(("0507", true), r.Evidence);
    }

    [Fact]
    public void Classify_RestaurantNamedMoreThanAChainStoreWord_0509WithReview()
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发", "6513", "餐厅后厨AI备料（连锁品牌）"));

        (r.Category, r.Review, r.Confidence).Should().Be(("0509", true, 0.7), r.Evidence);
        r.ReviewReason.Should().Contain("a trade with no category of its own");
    }

    [Fact]
    public void Classify_TradeAndSectorNamedEqually_SectorWithReview()
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发", "6513", "酒店AI动态定价"));

        (r.Category, r.Review, r.Confidence).Should().Be(("0503", true, 0.7), r.Evidence);
    }

    [Fact]
    public void Classify_OwnTermBesideAnotherCountedSector_NotSure()
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发", "6513", "试卷智能阅卷、法律考试"));

        r.Category.Should().Be("0504", r.Evidence);
        r.Confidence.Should().BeLessThan(0.9, "another sector counts too: likely, not sure");
    }

    [Fact]
    public void Classify_OneSectorNamedAlone_Unchanged()
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发", "6513", "中小学课堂学情分析与AI助教"));

        (r.Category, r.Review).Should().Be(("0504", false), r.Evidence);
        r.Confidence.Should().BeGreaterThanOrEqualTo(0.9);
    }

    [Fact]
    public void Classify_TechnologyTermBesideATradeWithNoCategory_TechnologyWithReview()
    {
        // rule 2 keeps the technology before 0509, but the trade served is named: a statistician looks
        var r = Classifier.Classify(Entry("人工智能应用软件开发", "6513", "篮球比赛视频分析"));

        (r.Category, r.Review, r.Confidence).Should().Be(("0303", true, 0.7), r.Evidence);
        r.ReviewReason.Should().Contain("篮球").And.Contain("无专门类别的行业");
    }
}
