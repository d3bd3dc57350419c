using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Issue 16 (termsf): context terms of 0501-0503 inside other sectors' compounds (血液库存, 集装箱机检, 换热站负荷预测,
/// 房产估值, 网络故障预测, 菜品销量预测, 汽车故障诊断) are guarded; a sector's own model (工业视觉大模型研发) is the
/// sector's, not a foundation model; software "robots" that write (写作机器人) are content, not machines.
/// </summary>
public sealed class ClassifierContextConflictTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Theory]
    [InlineData("运用机器学习的献血者招募与血液库存预测服务", "0503")]
    [InlineData("人工智能辅助的集装箱机检图像判图与通关风险布控", "0503")]
    [InlineData("运用人工智能的换热站负荷预测与按需供热调控", "0501")]
    [InlineData("人工智能房产估值与租金预测", "0502")]
    [InlineData("基于人工智能的移动通信网络故障预测与无线网络优化", "0501")]
    [InlineData("人工智能菜品销量预测与后厨排班", "0503")]
    [InlineData("基于人工智能的汽车故障诊断服务", "0505")]
    [InlineData("消费金融贷后服务；催收通话合规质检（语音识别）", "0501")]
    [InlineData("刑事案件卷证材料数字化；人工智能卷证瑕疵审查服务（面向检察院）", "0501")]
    public void Classify_OtherSectorsCompound_NotTheGuardedCategory(string scope, string notExpected)
        => Classifier.Classify(Entry(scope)).Category.Should().NotBe(notExpected);

    [Theory]
    [InlineData("库存优化与需求预测的人工智能软件", "0503")] // 库存 alone still counts
    [InlineData("电力负荷预测（基于深度学习）软件开发", "0501")]
    [InlineData("泵组预测性维护平台开发（应用机器学习）；设备故障预测", "0501")]
    public void Classify_GuardedTermOutsideTheCompound_StillCounts(string scope, string expected)
        => Classifier.Classify(Entry(scope)).Category.Should().Be(expected);

    [Theory]
    [InlineData("工业视觉大模型研发；工业自动控制系统装置销售", "0501")]
    [InlineData("大模型研发；工业自动控制系统装置销售", "0301")]
    public void Classify_SectorModelDevelopment_TheSector(string scope, string expected)
        => Classifier.Classify(Entry(scope)).Category.Should().Be(expected);

    [Theory]
    [InlineData("连续搬运设备制造；视觉导航无人叉车的研发、制造与销售；智能物流装备销售", "0503")] // 制造 is the forklift's making
    [InlineData("人工智能质检设备制造", "0501")] // the sector's own term: manufacturing stays
    [InlineData("基于人工智能的汽车零部件制造工艺优化", "0501")] // no other category's term in the item
    public void Classify_MakingWordBesideAnotherCategorysTerm_NotTheManufacturingSector(string scope, string expected)
        => Classifier.Classify(Entry(scope)).Category.Should().Be(expected);

    [Fact]
    public void Classify_WritingRobotInProducts_ContentNotAMachine()
        => Classifier.Classify(Entry("新闻稿件AI写作与摘要", products: "财经快讯写作机器人")).Category.Should().Be("0508");

    [Theory]
    [InlineData("航模与玩具无人机零售", "航拍玩具无人机", "00")]
    [InlineData("无人机驾驶员培训；体育用品销售", null, "00")]
    public void Classify_ToyDronesAndPilotTraining_NotIntelligentUavs(string scope, string? products, string expected)
        => Classifier.Classify(Entry(scope, products: products)).Category.Should().Be(expected);
}
