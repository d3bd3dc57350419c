using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Issue 16 (termsd): a licence that lists 人工智能应用软件开发 as an item of its own names the sector it serves in its
/// other items; trades with no category of their own (agriculture, property, hotels ...) keep 0509 and make a sector
/// resting on context terms alone open to review; metaphors (法律体检, 故障诊断) are no sector.
/// </summary>
public sealed class ClassifierOtherItemSectorTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Fact]
    public void Classify_GenericAiItemBesideOneSectorItem_TheSectorWithReview()
    {
        var r = Classifier.Classify(Entry("医院后勤管理服务；人工智能应用软件开发；洗涤服务"));

        (r.Category, r.Review, r.Confidence).Should().Be(("0505", true, 0.6), r.Evidence);
        r.Evidence.Should().Contain("another item of the business scope names the sector of 0505 (医院后勤)");
        r.ReviewReason.Should().Contain("行业取自经营范围的其他条目");
    }

    [Fact]
    public void Classify_GenericAiItemBesideATradeWithNoCategory_Stays0509()
        => Classifier.Classify(Entry("医院后勤管理服务；人工智能应用软件开发；物业管理服务")).Category.Should().Be("0509", "物业 names a trade with no category of its own: the reading is open");

    [Theory]
    [InlineData("人工智能应用软件开发；金融信息服务（除金融许可业务）；教育咨询服务（不含涉许可审批的教育培训活动）")] // two sectors: open
    [InlineData("人工智能应用软件开发；第二类医疗器械销售；计算机软硬件及辅助设备零售")] // a trade item names what is sold
    [InlineData("人工智能应用软件开发；农作物种植；金融信息服务（除金融许可业务）")] // a trade with no category beside a sector
    public void Classify_GenericAiItemWithOpenOrTradeItems_Stays0509(string scope)
    {
        var r = Classifier.Classify(Entry(scope));

        (r.Category, r.Review, r.Confidence).Should().Be(("0509", true, 0.5), r.Evidence);
    }

    [Fact]
    public void Classify_GenericTermForAKnownTradeWithNoCategory_0509WithoutReview()
    {
        var r = Classifier.Classify(Entry("基于人工智能的殡葬礼仪服务管理系统开发"));

        (r.Category, r.Review).Should().Be(("0509", false), r.Evidence);
        r.Confidence.Should().BeInRange(0.7, 0.85, "the trade is named and has no category: 0509 is the reading, not a fallback");
    }

    [Fact]
    public void Classify_HealthContextBesideBeekeeping_ReviewNamingTheTrade()
    {
        var r = Classifier.Classify(Entry("人工智能在蜂群健康管理中的应用"));

        (r.Category, r.Review, r.Confidence).Should().Be(("0505", true, 0.7), r.Evidence);
        r.ReviewReason.Should().Contain("蜂群").And.Contain("a trade with no category of its own");
    }

    [Fact]
    public void Classify_StrongHealthTermBesidePets_NotSure()
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发", products: "宠物健康AI问诊"));

        r.Category.Should().Be("0505", r.Evidence);
        r.Confidence.Should().BeLessThan(0.9, "the texts name a trade with no category of its own (pets) beside the health term");
    }

    [Fact]
    public void Classify_LargeModelForAgriculture_0509NotFoundationModel()
    {
        var r = Classifier.Classify(Entry("基于大模型的农技问答与种植指导"));

        r.Category.Should().Be("0509", "an application calling a large model is classified by its field (0301's note); farming has no category of its own");
        Classifier.Classify(Entry("基于大模型的农技问答与种植指导；大模型预训练与研发")).Category.Should().Be("0301", "a text that names making a model stays 0301");
    }

    [Theory]
    [InlineData("人工智能法律风险体检与诉讼案件管理", "0507")] // 体检 (0505) inside 风险体检
    [InlineData("基于人工智能的通信网络诊断与优化", "0509")] // 诊断 (0505) inside 网络诊断; telecoms has no category
    [InlineData("基于人工智能的生猪基因组选择育种", "0509")] // 基因 (0505) inside 基因组选择
    [InlineData("法院判后答疑机器人与人工智能法律服务", "0507")] // 答疑机器人 talks (0304), not a machine (0401)
    [InlineData("RPA流程机器人开发与实施", "0509")] // a software robot
    [InlineData("面向教学医院的人工智能临床科研平台", "0505")] // 教学 (0504) inside 教学医院: a hospital
    public void Classify_MetaphorsAndSoftwareRobots_NotTheShortTermsCategory(string scope, string category)
        => Classifier.Classify(Entry(scope)).Category.Should().Be(category);
}
