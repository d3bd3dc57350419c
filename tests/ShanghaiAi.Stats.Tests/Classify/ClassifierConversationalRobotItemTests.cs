using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Issue 16 (termsi): the regulator's item 智能机器人的研发 says a robot but not what kind; beside a robot that talks
/// (语音机器人, 外呼机器人, 客服机器人) the robot the firm develops is that dialogue program (0304), not a machine (0401).
/// A named machine (工业机器人, 巡检机器人) keeps 0401.
/// </summary>
public sealed class ClassifierConversationalRobotItemTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Theory]
    [InlineData("智能机器人的研发；软件开发", "电话外呼机器人与语音机器人")]
    [InlineData("智能机器人的研发；人工智能应用软件开发", "企业客服机器人SaaS")]
    public void Classify_UnspecifiedRobotItemBesideATalkingRobot_Speech(string scope, string products)
    {
        var r = Classifier.Classify(Entry(scope, "6513", products));

        r.Category.Should().Be("0304", r.Evidence);
    }

    [Theory]
    [InlineData("智能机器人的研发；工业机器人制造", "焊接机器人与配套语音机器人")]
    [InlineData("智能机器人的研发；人工智能应用软件开发", "变电站巡检机器人")]
    public void Classify_NamedMachineBesideTheItem_Robot(string scope, string products)
    {
        var r = Classifier.Classify(Entry(scope, "6513", products));

        r.Category.Should().Be("0401", r.Evidence);
    }

    [Fact]
    public void Classify_UnspecifiedRobotItemAlone_Robot()
    {
        var r = Classifier.Classify(Entry("智能机器人的研发；智能机器人销售", "6513", "服务型智能机器人"));

        r.Category.Should().Be("0401", r.Evidence);
    }
}
