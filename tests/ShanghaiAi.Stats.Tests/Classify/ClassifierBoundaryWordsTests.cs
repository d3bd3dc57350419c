using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Issue 16 (termsi, round 5c): words at the boundaries between a technology and what it is applied to. Fine-tuning a
/// model for clients is a technical service (0509) unless the model is made; receipt OCR (票据识别) is vision, not
/// finance; a federated-learning platform is AI system software, not an education platform; courses for robot operators
/// and trade fairs about machine vision are not the AI sector; the generic item 技术培训 names no education sector; and
/// the trade verb of an item that only sells goods (计算机软硬件及辅助设备零售) names no commerce sector served.
/// </summary>
public sealed class ClassifierBoundaryWordsTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Fact]
    public void Classify_LargeModelFineTunedForClients_0509()
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发", "6513", "为企业客户提供大模型微调与应用开发"));

        r.Category.Should().Be("0509", r.Evidence);
        r.Confidence.Should().BeLessThan(0.9);
    }

    [Fact]
    public void Classify_LargeModelPretrainedAndFineTuned_0301()
    {
        var r = Classifier.Classify(Entry("人工智能理论与算法软件开发", "6513", "大语言模型预训练与微调服务"));

        r.Category.Should().Be("0301", r.Evidence);
    }

    [Theory]
    [InlineData("人工智能应用软件开发", "增值税发票识别与票据识别接口", "0303")]
    [InlineData("人工智能应用软件开发", "银行柜面票据识别与反洗钱智能风控", "0502")]
    [InlineData("人工智能基础软件开发", "隐私计算与联邦学习平台", "0302")]
    [InlineData("人工智能应用软件开发", "中小学个性化学习平台", "0504")]
    public void Classify_TechnologyWordHoldingASectorWord_TheWordsMeaning(string scope, string products, string expected)
    {
        var r = Classifier.Classify(Entry(scope, "6513", products));

        r.Category.Should().Be(expected, r.Evidence);
    }

    [Theory]
    [InlineData("职业技能培训（不含需取得许可的培训）", "工业机器人操作员培训")]
    [InlineData("会议及展览服务", "国际机器视觉展会与机器人展览主办")]
    [InlineData("会议及展览服务", "人工智能博览会承办")]
    public void Classify_CoursesAndFairsAboutATechnology_OutOfScope(string scope, string products)
    {
        var r = Classifier.Classify(Entry(scope, "8391", products));

        r.Category.Should().Be("00", r.Evidence);
    }

    [Fact]
    public void Classify_GenericAiBesideTheItemTechnicalTraining_0509()
    {
        var r = Classifier.Classify(Entry("人工智能技术研究；科技成果转化；学术交流；技术培训；咨询服务", "7320", "企业AI应用落地服务"));

        r.Category.Should().Be("0509", r.Evidence);
    }

    [Fact]
    public void Classify_VisionFirmWithAComputerRetailItem_NoReviewForCommerce()
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发；计算机软硬件及辅助设备零售", "6513", "图像识别算法平台与视频结构化SDK"));

        r.Category.Should().Be("0303", r.Evidence);
        r.Review.Should().BeFalse(r.Evidence);
    }

    [Fact]
    public void Classify_VisionFirmNamingASectorInAnotherItem_StillReviewed()
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发；药品零售", "6513", "图像识别算法平台"));

        r.Category.Should().Be("0303", r.Evidence);
        r.Review.Should().BeTrue(r.Evidence);
    }

    [Fact]
    public void Classify_GenericAiBesideGoodsImportAndExport_NoSectorFromIt()
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发；货物进出口；技术进出口", "6513", "企业AI应用开发"));

        r.Category.Should().Be("0509", r.Evidence);
    }

    [Theory]
    [InlineData("人工智慧應用軟體開發", "掌靜脈識別模組", "0306")]
    [InlineData("智慧穿戴設備製造", "兒童智能手錶", "0405")]
    public void Classify_HongKongOrTaiwanWording_SameAsSimplified(string scope, string products, string expected)
    {
        var r = Classifier.Classify(Entry(scope, "6513", products));

        r.Category.Should().Be(expected, r.Evidence);
    }
}
