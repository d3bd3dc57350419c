using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>Issue 16: precedence among sector applications, when components and data yield to it, and conversational robots.</summary>
public sealed class ClassifierSectorRulesTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Fact]
    public void Classify_TwoSectorsCounted_TheMostNamedDecidesAndTheResultIsNotSure()
    {
        // rule 2 reads the sector the texts name most (医院, 门诊, 患者) before a single word of an earlier one (支付,
        // termse); the item also counts another sector, so below 0.9 and to review
        var r = Classifier.Classify(Entry("人工智能医院门诊患者支付服务"));

        (r.Category, r.Review).Should().Be(("0505", true), r.Evidence);
        r.SecondaryCategories.Should().Contain("0502");
        r.Confidence.Should().BeLessThan(0.9, r.Evidence);
    }

    [Theory]
    [InlineData("基于人工智能的集成电路封装良率分析", "0501")] // 集成电路 is the industry served, 良率 the application
    [InlineData("工业设备数据采集与人工智能故障预警", "0501")] // 数据采集 (0202 context) yields to the factory
    [InlineData("人工智能芯片设计；工业质检服务", "0101")] // a chip is made: the strong term stands
    public void Classify_ComponentOrDataContextWithASector_SectorUnlessTheProductIsMade(string scope, string expected)
    {
        var r = Classifier.Classify(Entry(scope));

        r.Category.Should().Be(expected, r.Evidence);
    }

    [Theory]
    [InlineData("客服回访机器人系统开发", "0304")] // 客服 ... 机器人: a program that talks
    [InlineData("为医院提供AI语音随访机器人服务", "0505")] // the hospital's talking program is a health application
    [InlineData("为证券公司提供语音回访机器人服务", "0502")] // AI customer service serving finance
    [InlineData("具备语音识别功能的商场导览机器人研发", "0401")] // a machine that also listens
    [InlineData("酒店送物机器人研发", "0401")]
    public void Classify_RobotAfterASpeechTerm_ConversationalNotPhysical(string scope, string expected)
    {
        var r = Classifier.Classify(Entry(scope));

        r.Category.Should().Be(expected, r.Evidence);
        if (expected != "0401")
        {
            r.Category.Should().NotBe("0401");
            r.SecondaryCategories.Should().NotContain("0401");
        }
    }

    [Theory]
    [InlineData("少儿机器人编程培训；教学用模型及教具销售")]
    [InlineData("遥控机器人玩具销售；玩具批发")]
    public void Classify_RobotToyOrProgrammingCourse_OutOfTheSector(string scope)
    {
        var r = Classifier.Classify(Entry(scope));

        r.Category.Should().Be("00", r.Evidence);
    }

    [Fact]
    public void Classify_GenerativeModelMade_FoundationModels()
    {
        var r = Classifier.Classify(Entry("生成式人工智能模型研发；技术服务"));

        r.Category.Should().Be("0301", r.Evidence);
    }
}
