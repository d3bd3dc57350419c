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

    [Theory]
    [InlineData("基于大模型的智能导诊与问诊系统开发", "0505")] // a health application that calls a large model
    [InlineData("大语言模型在智慧课堂中的应用软件开发", "0504")]
    [InlineData("金融大模型研发；金融信息服务", "0301")] // making a model stays in 0301
    [InlineData("大语言模型研发", "0301")]
    public void Classify_LargeModelWithASector_SectorUnlessTheModelIsMade(string scope, string expected)
    {
        var r = Classifier.Classify(Entry(scope, "6513"));
        r.Category.Should().Be(expected, r.Evidence);
    }

    [Theory]
    [InlineData("人工智能法律咨询机器人软件开发", "0507")]
    [InlineData("基于深度学习的工业质检系统", "0501")]
    [InlineData("人工智能网格化管理平台开发", "0506")]
    [InlineData("自动驾驶数据标注服务", "0202")]
    [InlineData("GPU算力租赁服务", "0201")]
    public void Classify_RegistrationWording_TheDefinitionsCategory(string scope, string expected)
    {
        var r = Classifier.Classify(Entry(scope, "6513"));
        r.Category.Should().Be(expected, r.Evidence);
        r.Evidence.Should().NotContain("(0401)");
    }
}
