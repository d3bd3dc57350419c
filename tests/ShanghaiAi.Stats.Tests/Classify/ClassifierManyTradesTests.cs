using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Issue 16 (termsg): texts that serve many trades rather than one give 0509 when the sector rests on context terms
/// alone: a word saying so (等行业, 各行业, 行业不限, across industries: 0.8, no review) or three sectors or more named
/// equally often (0.7 with review). Two sectors named equally keep rule 2's precedence.
/// </summary>
public sealed class ClassifierManyTradesTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Theory]
    [InlineData("为制造、金融、零售等行业客户提供AI解决方案")]
    [InlineData("AI SaaS（面向中小商家，行业不限）")]
    [InlineData("AI模型训练外包，服务政府、学校、医院等各类客户")]
    public void Classify_TextsSayManyTrades_0509(string products)
    {
        var r = Classifier.Classify(Entry("人工智能技术服务", "6560", products));

        (r.Category, r.Review, r.Confidence).Should().Be(("0509", false, 0.8), r.Evidence);
        r.Evidence.Should().Contain("文本面向多个行业");
    }

    [Fact]
    public void Classify_ThreeSectorsNamedEqually_0509WithReview()
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发", "6513", "洗衣工厂衣物AI分拣"));

        (r.Category, r.Review, r.Confidence).Should().Be(("0509", true, 0.7), r.Evidence);
        r.ReviewReason.Should().Contain("未指向单一行业");
    }

    [Fact]
    public void Classify_TwoSectorsNamedEqually_PrecedenceKept()
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发", "6513", "工厂与医院的AI排班"));

        r.Category.Should().Be("0501", r.Evidence);
    }

    [Fact]
    public void Classify_ManyTradesWordBesideASectorsOwnTerm_SectorKept()
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发", "6513", "智能投顾系统，覆盖银行、券商等各类客户"));

        r.Category.Should().Be("0502", r.Evidence);
    }
}
