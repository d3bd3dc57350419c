using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>Issue 16: sector wording of the 05 categories' definitions (Articles 51-63), conversational robots, and the review of results that rest on a technology term.</summary>
public sealed class ClassifierSectorTermsTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Theory]
    [InlineData("基于人工智能的石化装置工艺优化系统开发", "0501")] // process industries
    [InlineData("利用机器学习进行保单核保与车险定损", "0502")] // insurance
    [InlineData("人工智能零售门店客流分析系统", "0503")] // retail
    [InlineData("基于深度学习的港口集装箱调度系统", "0503")] // logistics
    [InlineData("面向中小学学生的人工智能个性化学习系统", "0504")] // education
    [InlineData("人工智能居家养老服务平台", "0505")] // elderly care
    [InlineData("人工智能辅助门诊问诊系统", "0505")] // health services
    [InlineData("基于人工智能的城市管理网格化平台", "0506")] // urban management
    [InlineData("人工智能裁判文书分析与类案推送系统", "0507")] // justice
    [InlineData("AI配音与网络文学内容创作平台", "0508")] // content
    public void Classify_SectorWordWithAnAiSignal_TheSectorsCategory(string scope, string expected)
    {
        var r = Classifier.Classify(Entry(scope, "6513"));
        r.Category.Should().Be(expected, r.Evidence);
        r.Review.Should().BeFalse(r.Evidence);
    }

    [Theory]
    [InlineData("语音机器人软件开发", "0304")]
    [InlineData("智能对话机器人研发", "0304")]
    [InlineData("面向银行的语音机器人客服系统", "0502")] // AI customer service in finance
    public void Classify_ConversationalRobot_SoftwareNotAPhysicalRobot(string scope, string expected)
    {
        var r = Classifier.Classify(Entry(scope, "6513"));
        r.Category.Should().Be(expected, r.Evidence);
        r.Evidence.Should().NotContain("0401");
    }

    [Fact]
    public void Classify_TechnologyTermWithTheSectorInAnotherItem_GoesToReview()
    {
        var r = Classifier.Classify(Entry("计算机视觉算法开发；养老服务", "6513"));

        (r.Category, r.Confidence, r.Review).Should().Be(("0303", 0.7, true), r.Evidence);
        r.ReviewReason.Should().Be("0303 rests on a technology term while the texts also name the sector of 0505");
    }
}
