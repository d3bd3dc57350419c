using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Issue 16 (termsg): a sector before 0506 resting on context terms alone, while the texts name a regulating or
/// enforcing authority (执法, 药监, 交警, 市场监管 ...), is what the authority regulates: 0506 with a review (Article 62
/// counts market regulation, enforcement and environmental protection as urban governance). A sector's own term, or
/// justice (0507, which oversees enforcement), keeps its category.
/// </summary>
public sealed class ClassifierRegulatorTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Theory]
    [InlineData("药品零售企业经营行为AI监管（药监局）")]
    [InlineData("外卖快递骑手闯红灯AI识别与交警执法")]
    [InlineData("商品价格异常AI监测（市场监管）")]
    [InlineData("非法集资与金融诈骗线索AI发现（地方金融监管）")]
    public void Classify_SectorNamedBesideARegulator_GovernanceWithReview(string products)
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发", "6513", products));

        (r.Category, r.Review, r.Confidence).Should().Be(("0506", true, 0.7), r.Evidence);
        r.Evidence.Should().Contain("regulates (所提行业为监管对象)");
        r.ReviewReason.Should().Contain("监管或执法主体");
    }

    [Fact]
    public void Classify_SectorsOwnTermBesideARegulator_SectorKept()
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发", "6513", "银行智能风控模型，满足监管部门要求"));

        r.Category.Should().Be("0502", r.Evidence);
    }

    [Fact]
    public void Classify_SectorWithoutARegulator_MostNamedStill()
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发", "6513", "药品零售门店AI补货"));

        r.Category.Should().Be("0503", r.Evidence);
    }
}
