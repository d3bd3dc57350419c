using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Issue 16 (termsb): a sector application resting on context terms alone while another sector counts goes to review;
/// a sector term right after a technology term is the sector the technology serves.
/// </summary>
public sealed class ClassifierSectorReviewTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Fact]
    public void Classify_SectorOnContextAloneWhileAnotherSectorCounts_SevenTenthsAndReviewNamingBoth()
    {
        // 城管 (0506) and 司法 (0507) both count; rule 2 keeps 0506 first, but nothing says which reading is right
        var r = Classifier.Classify(Entry("人工智能城管执法与司法衔接服务"));

        r.Category.Should().Be("0506", r.Evidence);
        r.Confidence.Should().Be(0.7);
        r.Review.Should().BeTrue();
        ReviewText.Reason(r.Evidence).Should().Contain("0506").And.Contain("0507").And.Contain("规则2");
    }

    [Fact]
    public void Classify_SectorWithItsOwnStrongTermBesideAnother_NoReview()
    {
        // 智能导诊 is 0505's own term: the result does not rest on context alone
        var r = Classifier.Classify(Entry("智能导诊系统开发；人工智能法律咨询"));

        r.Category.Should().Be("0505", r.Evidence);
        r.Review.Should().BeFalse(r.Evidence);
    }

    [Fact]
    public void Classify_OneSectorOnContextAlone_NoReview()
    {
        var r = Classifier.Classify(Entry("基于人工智能的医院床位调度服务"));

        r.Category.Should().Be("0505", r.Evidence);
        r.Review.Should().BeFalse(r.Evidence);
        r.Confidence.Should().BeGreaterThanOrEqualTo(0.75);
    }

    [Theory]
    [InlineData("人工智能语音识别庭审记录服务", "0507")] // 庭审 right after 语音识别: the courts are served
    [InlineData("基于图像识别安防视频分析", "0506")]
    [InlineData("工业机器人制造", "0401")] // after a product's own term the context word is still its activity
    public void Classify_SectorTermRightAfterATechnologyTerm_TheSectorServed(string scope, string expected)
    {
        var r = Classifier.Classify(Entry(scope));

        r.Category.Should().Be(expected, r.Evidence);
    }
}
