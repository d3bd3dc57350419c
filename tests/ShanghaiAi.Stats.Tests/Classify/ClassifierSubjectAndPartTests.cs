using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Issue 16, round 5b (termsh): a term written right before another category's own term names what that thing is made
/// of or about (自动驾驶道路数据采集 is data, GPU训练服务器 a server, 大模型推理加速 a tool); a chip is a part of the product a
/// server or sensor maker registers, or of a later category's own product; a maker coded in its product's class keeps the
/// product when its texts say what the product detects; the licence's boilerplate items name no sector.
/// </summary>
public sealed class ClassifierSubjectAndPartTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Theory]
    [InlineData("数据采集服务；数据标注服务", "自动驾驶道路数据采集与标注", "0202")] // 0402 before 0202 by precedence; the driving is the data's subject
    [InlineData("数据处理服务；医学数据标注", "病理切片图像标注数据集", "0202")] // 病理 (0404) is what the images show
    [InlineData("互联网数据服务", "智能机器人训练数据", "0202")]
    [InlineData("支撑软件开发", "大模型推理加速引擎", "0302")] // 0301 before 0302 by precedence; the model is what the engine runs
    [InlineData("支撑软件开发", "大模型微调平台", "0302")]
    public void Classify_TermRightBeforeAnotherCategorysOwnTerm_TheHeadOfThePhrase(string scope, string products, string expected)
    {
        var r = Classifier.Classify(Entry(scope, "6550", products));

        r.Category.Should().Be(expected, r.Evidence);
    }

    [Theory]
    [InlineData("自动驾驶系统研发；数据标注服务", "自动驾驶域控制器、数据标注", "0402")] // the device stands on its own: precedence
    [InlineData("工业机器人制造；训练数据采集", "工业机器人", "0401")]
    public void Classify_TermStandingOnItsOwn_KeepsItsPrecedence(string scope, string products, string expected)
        => Classifier.Classify(Entry(scope, "6513", products)).Category.Should().Be(expected);

    [Theory]
    [InlineData("3911", "计算机整机制造；人工智能服务器研发", "GPU训练服务器、推理服务器", "0102")]
    [InlineData("3912", "计算机零部件制造；边缘计算设备研发、生产", "边缘AI计算盒子（内置NPU，支持视频分析算法部署）", "0102")]
    [InlineData("3983", "敏感元件及传感器制造", "嵌入式视觉传感器（SoC集成神经网络处理单元）", "0103")]
    [InlineData("6520", "集成电路设计；自动驾驶域控芯片设计", "智驾SoC", "0101")] // the chip designer's chip
    [InlineData("6520", "集成电路设计；AI芯片设计；AI服务器研发", "AI芯片、AI服务器", "0101")] // a chip term of its own comes first
    [InlineData("6520", "集成电路设计", "AI芯片、AI服务器", "0101")] // a list, not a server's processor
    public void Classify_ChipInsideAnotherProduct_TheProductTheFirmMakes(string industry, string scope, string products, string expected)
    {
        var r = Classifier.Classify(Entry(scope, industry, products));

        r.Category.Should().Be(expected, r.Evidence);
    }

    [Fact]
    public void Classify_ChipWordBesideAToolsOwnTerm_TheTool()
        => Classifier.Classify(Entry("基础软件开发", "6511", "AI算子库与国产芯片适配软件栈")).Category.Should().Be("0302");

    [Theory]
    [InlineData("3983", "0103")] // a sensor maker coded in the sensors' class: the product
    [InlineData("6513", "0501")] // a software firm: the fault diagnosis it serves
    public void Classify_SensorNamingWhatItDetects_TheMakerKeepsItsProduct(string industry, string expected)
    {
        var r = Classifier.Classify(Entry("敏感元件及传感器研发；工业传感器研发", industry, "智能振动传感器（边缘AI故障诊断）"));

        r.Category.Should().Be(expected, r.Evidence);
    }

    [Fact]
    public void Classify_LicenceBoilerplateItems_NameNoSector()
    {
        var r = Classifier.Classify(Entry("技术服务、技术开发；人工智能应用软件开发；货物进出口；技术进出口；市场营销策划；图文设计制作；组织文化艺术交流活动", "6513"));

        r.Category.Should().Be("0509", r.Evidence);
        r.Review.Should().BeTrue();
        r.Evidence.Should().Contain("only a generic AI term").And.NotContain("0503").And.NotContain("0508");
    }

    [Fact]
    public void Classify_ModelMakerWithBoilerplateItems_NotSentToReviewForASectorTheyDoNotName()
    {
        var r = Classifier.Classify(Entry("大模型研发；人工智能应用软件开发；货物进出口；市场营销策划", "6513", "大模型"));

        r.Category.Should().Be("0301");
        r.Review.Should().BeFalse(r.Evidence);
    }
}
