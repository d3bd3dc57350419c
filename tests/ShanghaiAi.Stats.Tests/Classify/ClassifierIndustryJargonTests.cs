using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Issue 16, round 3 for the sectors of the economy: the everyday jargon of more industries (chemicals, fabs, glass,
/// mining, grids, oil and gas, water plants; cards, wealth, pensions, reinsurance, markets; forwarding, last mile, stores,
/// e-commerce operations, procurement; K12, exams, languages, driving schools, kindergartens, teacher training), Chinese,
/// English and traditional characters, negations that are no AI signal, and words inside longer ones that mislead.
/// </summary>
public sealed class ClassifierIndustryJargonTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Theory]
    [InlineData("焦炉加热与炼焦煤配比的AI优化", "0501")]
    [InlineData("综采工作面煤岩界面深度学习识别", "0501")]
    [InlineData("GIS开关柜局部放电的AI模式识别", "0501")]
    [InlineData("净水厂混凝剂投加的机器学习控制", "0501")]
    [InlineData("测井曲线与储层参数的深度学习解释", "0501")]
    [InlineData("光刻套刻误差的机器学习补偿", "0501")]
    [InlineData("硅料还原炉电耗的AI预测", "0501")]
    [InlineData("信用卡套现与盗刷的机器学习识别", "0502")]
    [InlineData("企业年金投资组合的AI再平衡", "0502")]
    [InlineData("巨灾再保险分保定价的深度学习模型", "0502")]
    [InlineData("同业存单与利率互换的AI定价", "0502")]
    [InlineData("舱单与体积重的AI审单", "0503")]
    [InlineData("快消品经销商订货量的机器学习预测", "0503")]
    [InlineData("直播带货选品与GMV的AI预测", "0503")]
    [InlineData("驿站包裹上门与冷藏车断链的AI预警", "0503")]
    [InlineData("中高考主观题AI评卷与雷同卷识别", "0504")]
    [InlineData("雅思托福口语的AI评分", "0504")]
    [InlineData("驾校科目二科目三的AI评判", "0504")]
    [InlineData("幼儿园保教一日活动的AI观察", "0504")]
    [InlineData("自考成考学员的AI学习规划", "0504")]
    public void Classify_IndustryJargonInMainProducts_TheSectorsCategory(string products, string expected)
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发；软件开发", "6513", products));
        r.Category.Should().Be(expected, r.Evidence);
        r.Review.Should().BeFalse(r.Evidence);
    }

    [Theory]
    [InlineData("Machine-learning soft sensors for distillation columns in chemical plants", "0501")]
    [InlineData("Predictive analytics for gas turbines at power generation sites", "0501")]
    [InlineData("AI sanctions screening and transaction monitoring for banks", "0502")]
    [InlineData("AI demand forecasting for hypermarkets and convenience stores", "0503")]
    [InlineData("AI knowledge tracing for kindergarten and primary school courses", "0504")]
    public void Classify_EnglishIndustryJargon_TheSectorsCategory(string products, string expected)
    {
        var r = Classifier.Classify(Entry("General items: AI application software development.", "6513", products));
        r.Category.Should().Be(expected, r.Evidence);
    }

    [Theory]
    [InlineData("一般項目：人工智慧應用軟體開發；資訊科技諮詢服務。", "醫療險理賠單據辨識與自動審核", "0502")]
    [InlineData("一般項目：人工智慧應用軟體開發。", "小學語數英智慧輔導與學習診斷", "0504")]
    [InlineData("一般項目：人工智慧應用軟體開發。", "倉庫庫存預測與配送路線規劃", "0503")]
    public void Classify_TraditionalCharactersAndTaiwanTerm_InScopeAndTheSector(string scope, string products, string expected)
    {
        var r = Classifier.Classify(Entry(scope, "6513", products));
        r.Category.Should().Be(expected, r.Evidence);
    }

    [Theory]
    [InlineData("WMS/TMS软件实施（无人工智能功能）")]
    [InlineData("银行核心系统开发，不含人工智能")]
    public void Classify_NegatedAiTerm_OutOfScope(string products)
        => Classifier.Classify(Entry("软件开发；信息系统集成服务", "6513", products)).Category.Should().Be("00");

    [Fact]
    public void Classify_TutoringQuestionBot_IsNoPhysicalRobot()
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发", "6513", "开放大学在线辅导答疑机器人"));
        r.Category.Should().Be("0504", r.Evidence);
        r.SecondaryCategories.Should().NotContain("0401");
    }

    [Theory]
    [InlineData("乐高机器人搭建与Scratch编程课")]
    [InlineData("少儿机器人竞赛培训")]
    public void Classify_ChildrensRobotBuildingClass_NoRobotSignal(string products)
        => Classifier.Classify(Entry("非学科类校外培训；玩具销售", "8393", products)).Category.Should().Be("00");

    [Theory]
    [InlineData("信贷工厂：进件、审批、放款全流程AI", "0502")] // a bank's credit factory is not a factory
    [InlineData("包装印刷厂套印偏差的视觉AI检测", "0501")] // printing, not packaging logistics
    [InlineData("保险销售双录质检AI", "0502")] // dual recording QA of insurance sales, not factory QA
    public void Classify_LongerIndustryWord_BeatsTheShorterTermInside(string products, string expected)
        => Classifier.Classify(Entry("人工智能应用软件开发", "6513", products)).Category.Should().Be(expected);

    [Fact]
    public void Classify_GradientBoostingModels_AreAnAiSignal()
        => Classifier.Classify(Entry("软件开发", "6513", "城商行信用评分卡（XGBoost、GBDT）")).Category.Should().Be("0502");
}
