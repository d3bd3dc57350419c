using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Issue 16, round 5d: the trade jargon of logistics, retail, insurance, education, justice, content and the process
/// industries that the lists missed (readings 31-35 of reference-data/classification/README.md), insurance products and
/// stores whose words name another sector, a model maker that names its clients' trades, and a 0509 result resting on
/// the licence's generic service items while 主要产品 names its use in words no list knows.
/// </summary>
public sealed class ClassifierTradeJargonTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Theory]
    [InlineData("纸机抄纸定量与水分的深度学习控制", "0501")]
    [InlineData("染整定型机车速的AI优化", "0501")]
    [InlineData("浮法玻璃窑头窑尾温度的机器学习预测", "0501")]
    [InlineData("原料药收率与单耗的AI寻优", "0501")]
    [InlineData("冻干工艺与批生产记录的大模型审核", "0501")]
    [InlineData("意健险与团险赔案的机器学习审核", "0502")]
    [InlineData("养殖险验标的视觉AI", "0502")]
    [InlineData("养老险续保预测的机器学习模型", "0502")]
    [InlineData("干线排车与落地配妥投时效的AI预测", "0503")]
    [InlineData("Machine learning for LTL lane pricing and waybill automation", "0503")]
    [InlineData("加盟店价签与坪效的AI分析", "0503")]
    [InlineData("社区店与母婴店补货的机器学习", "0503")]
    [InlineData("双减背景下的模考与月考AI分析", "0504")]
    [InlineData("老年大学课程的AI助教", "0504")]
    [InlineData("审查逮捕与再审案件的AI辅助", "0507")]
    [InlineData("多元解纷与诉服平台的大模型", "0507")]
    [InlineData("小红书与抖音种草内容的AI混剪", "0508")]
    [InlineData("影视抠像与配乐的生成式人工智能", "0508")]
    [InlineData("利用无人机与视觉识别开展高位货架库存盘点服务", "0503")] // reading 35: a device after a word of use is a tool
    [InlineData("研发无人机与视觉识别系统，用于高位货架库存盘点", "0403")] // the firm makes it
    [InlineData("应用于高位货架库存盘点的无人机", "0403")] // what a maker's drone is for
    public void Classify_TradeJargonInMainProducts_TheSectorsCategory(string products, string expected)
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发；软件开发", "6513", products));
        r.Category.Should().Be(expected, r.Evidence);
    }

    /// <summary>
    /// 窯爐, 純鹼, 帶貨 and 價籤 in traditional characters reach their terms; 质检 of a call script is no manufacturing check; a model maker naming its
    /// clients' trades keeps 0301 (reading 33), while deploying a model for them stays a service (reading 19).
    /// </summary>
    [Theory]
    [InlineData("一般項目：人工智慧應用軟體開發", "窯爐燒成與配方的人工智慧最佳化", "0501")]
    [InlineData("一般項目：人工智慧應用軟體開發", "純鹼與燒鹼裝置的人工智慧最佳化", "0501")]
    [InlineData("一般項目：人工智慧應用軟體開發", "直播帶貨與價籤的人工智慧分析", "0503")]
    [InlineData("人工智能应用软件开发", "保司电销录音的语音识别质检与销售误导预警", "0502")]
    [InlineData("人工智能基础软件开发；人工智能理论与算法软件开发", "通用大语言模型，客户包括保险、教育与零售企业", "0301")]
    [InlineData("人工智能行业应用系统集成服务", "大模型私有化部署，客户包括保险、教育与零售企业", "0509")]
    public void Classify_WordsThatMisledTheRules_TheirMeaning(string scope, string products, string expected)
    {
        var r = Classifier.Classify(Entry(scope, "6513", products));
        r.Category.Should().Be(expected, r.Evidence);
    }

    [Fact]
    public void Classify_GenericTermAndLicenceServiceWithAnUnknownUse_GoesToReview()
    {
        var r = Classifier.Classify(Entry("从事人工智能应用软件开发领域内的技术开发、技术咨询、技术服务", "6513", "烘茧与缫丝断头的深度学习识别"));
        r.Category.Should().Be("0509", r.Evidence);
        r.Review.Should().BeTrue(r.Evidence);
        r.Confidence.Should().BeLessThan(0.9);
    }

    [Fact]
    public void Classify_OutOfScopeWithWordsNearAi_IsNotSure()
    {
        var near = Classifier.Classify(Entry("企业管理咨询；会议及展览服务", "7212", "园区智能调度算法与经营模型"));
        var plain = Classifier.Classify(Entry("企业管理咨询；会议及展览服务", "7212", "园区招商与会议服务"));

        near.Category.Should().Be("00", near.Evidence);
        near.Confidence.Should().BeLessThan(0.9, "智能, 算法, 模型 are no AI signal, but an AI firm the lists miss may write them");
        plain.Category.Should().Be("00", plain.Evidence);
        plain.Confidence.Should().BeGreaterThanOrEqualTo(0.9, plain.Evidence);
    }
}
