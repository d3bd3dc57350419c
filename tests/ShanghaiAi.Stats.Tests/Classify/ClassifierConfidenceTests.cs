using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Issue 16: a confidence of 0.9 or more is kept for results that are corroborated and uncontested; a result resting
/// on a generic term alone, or on a technology term while a sector is named, goes to review below 0.9.
/// </summary>
public sealed class ClassifierConfidenceTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Fact]
    public void Classify_OnlyAGenericTermBesideUnknownSectorWords_ReviewBelowSure()
    {
        var r = Classifier.Classify(Entry("基于人工智能的钟表修理服务管理系统开发"));

        (r.Category, r.Confidence, r.Review).Should().Be(("0509", 0.5, true), r.Evidence);
        r.ReviewReason.Should().Be("only a generic AI term");
    }

    [Fact]
    public void Classify_TechnologyTermWhileTheNameNamesASector_ReviewBelowSure()
    {
        var r = Classifier.Classify(Entry("图像识别软件开发；计算机系统服务", "6513", name: "上海某某医疗科技有限公司"));

        (r.Category, r.Confidence, r.Review).Should().Be(("0303", 0.7, true), r.Evidence);
        r.ReviewReason.Should().Be("0303 rests on a technology term while the texts also name the sector of 0505");
    }

    [Fact]
    public void Classify_ComponentContextTermWhileASectorIsNamed_ReviewBelowSure()
    {
        var r = Classifier.Classify(Entry("半导体材料的人工智能配方研究；化工产品销售"));

        (r.Category, r.Confidence, r.Review).Should().Be(("0101", 0.7, true), r.Evidence);
        r.ReviewReason.Should().Be("0101 rests on a context term while the texts also name the sector of 0501");
    }

    [Theory]
    [InlineData("语音识别软件开发", 0.88)] // one term, nothing else for it
    [InlineData("语音识别与语音合成软件开发", 0.95)] // corroborated
    [InlineData("诗词朗诵的语音识别评分系统开发；语音合成", 0.85)] // the item says more than its terms (诗词朗诵评分)
    public void Classify_TechnologyTerm_SureOnlyWhenCorroboratedAndUncontested(string scope, double confidence)
    {
        var r = Classifier.Classify(Entry(scope));

        (r.Category, r.Confidence, r.Review).Should().Be(("0304", confidence, false), r.Evidence);
    }

    [Fact]
    public void Classify_DeviceItemThatAlsoCountsASector_NotSure()
    {
        var r = Classifier.Classify(Entry("电力巡检无人机的研发与人工智能电网运维服务；无人机销售"));

        r.Category.Should().Be("0403", r.Evidence);
        r.Confidence.Should().BeLessThan(0.9, r.Evidence);
        r.Review.Should().BeFalse(r.Evidence);
    }
}
