using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Issue 16, sectors of the economy (Articles 51-54 and 56): the jargon registrations use for process industries and
/// energy (0501), banks, insurers and securities firms (0502), logistics, ports and retail (0503) and schools and
/// training (0504), the longer sector term that beats a shorter one of another sector, and look-alikes that stay out.
/// </summary>
public sealed class ClassifierEconomySectorTermsTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Theory]
    [InlineData("人工智能应用软件开发；冶金设备销售", "高炉炉况与连铸坯质量的AI预测", "0501")]
    [InlineData("人工智能应用软件开发；节能管理服务", "燃煤机组燃烧优化的深度学习控制", "0501")]
    [InlineData("人工智能应用软件开发；光伏设备销售", "硅片隐裂与电池片缺陷的AI判定", "0501")]
    [InlineData("人工智能应用软件开发；软件开发", "变电站与配网设备的AI状态评估", "0501")]
    [InlineData("人工智能应用软件开发；金融信息服务", "信用债与外汇交易的AI风险预警", "0502")]
    [InlineData("人工智能应用软件开发；技术服务", "商业银行贷后管理AI预警", "0502")]
    [InlineData("人工智能应用软件开发；国际货物运输代理", "集装箱堆场与岸桥作业的AI调度", "0503")]
    [InlineData("人工智能应用软件开发；日用百货销售", "生鲜门店动销与复购的AI分析", "0503")]
    [InlineData("人工智能应用软件开发；教育咨询服务", "托育与学前教育的AI成长评估", "0504")]
    [InlineData("人工智能应用软件开发；职业技能培训", "职校技能培训的AI实训评价", "0504")]
    public void Classify_SectorJargonInMainProducts_TheSectorsCategory(string scope, string products, string expected)
    {
        var r = Classifier.Classify(Entry(scope, "6513", products));
        r.Category.Should().Be(expected, r.Evidence);
        r.Review.Should().BeFalse(r.Evidence);
    }

    [Theory]
    [InlineData("Machine learning software for rolling mills, furnaces and die casting lines", "0501")]
    [InlineData("Artificial intelligence for anti-money laundering, KYC and forex risk", "0502")]
    [InlineData("AI yard planning for container terminals and quay crane scheduling", "0503")]
    [InlineData("Artificial intelligence for vocational skills training and lesson planning", "0504")]
    public void Classify_EnglishSectorJargon_TheSectorsCategory(string scope, string expected)
    {
        var r = Classifier.Classify(Entry(scope, "6513"));
        r.Category.Should().Be(expected, r.Evidence);
    }

    [Theory]
    [InlineData("基于人工智能的供应链金融风险评估", "0502", "0503")] // 供应链金融 is finance, not the 供应链 of logistics
    [InlineData("基于机器学习的零售银行客户分层", "0502", "0503")] // 零售银行 is a bank
    [InlineData("基于机器学习的养老金资产配置模型", "0502", "0505")] // 养老金 is a pension fund, not elderly care
    [InlineData("保险电销录音智能质检", "0502", "0501")] // call-recording QA is speech analytics, not factory QA
    [InlineData("基于人工智能的法院执行财产线索分析", "0507", "0501")] // 财产线索 holds 产线 but is no production line
    public void Classify_LongerSectorTerm_BeatsTheShorterOneInside(string scope, string expected, string notCounted)
    {
        var r = Classifier.Classify(Entry(scope, "6513"));
        r.Category.Should().Be(expected, r.Evidence);
        r.Evidence.Should().NotContain($"({notCounted}", "the shorter term inside is not counted");
    }

    [Theory]
    [InlineData("报关；订舱；集装箱堆场服务；国际货物运输代理")] // port and forwarding jargon without AI
    [InlineData("职业技能培训（不含需取得许可的培训）；驾校报名咨询；教育咨询服务")]
    [InlineData("外汇信息咨询；信用评级咨询；贷后管理外包服务")]
    [InlineData("窑炉工程施工；耐火材料销售；锅炉安装")]
    public void Classify_SectorJargonWithoutAnAiSignal_OutOfScope(string scope)
    {
        var r = Classifier.Classify(Entry(scope, "6513"));
        r.Category.Should().Be("00", r.Evidence);
    }

    [Theory]
    [InlineData("基于机器视觉的汽车保险杠等零部件外观检测", "0501", "0502")] // a bumper is a car part, not insurance
    [InlineData("人脸识别保险柜研发与销售", "0306", "0502")] // a safe is not insurance
    [InlineData("人工智能商品混凝土配合比优化", "0509", "0503")] // ready-mixed concrete is not retail
    public void Classify_WordHoldingASectorTerm_GuardedFromThatSector(string scope, string expected, string notCounted)
    {
        var r = Classifier.Classify(Entry(scope, "6513"));
        r.Category.Should().Be(expected, r.Evidence);
        r.Evidence.Should().NotContain($"({notCounted}", "the guard word removes the sector term inside it");
    }

    [Fact]
    public void Classify_RobotsNamedByTheirWork_CountNoManufacturingSector()
    {
        var r = Classifier.Classify(Entry("工业机器人研发", "3491", "焊接机器人；喷涂机器人；打磨机器人"));

        r.Category.Should().Be("0401", r.Evidence);
        r.SecondaryCategories.Should().BeEmpty("welding, painting and grinding are what the robot does, not an industry it serves");
    }

    [Fact]
    public void Classify_KnowledgeDistillation_IsNoProcessIndustry()
    {
        var r = Classifier.Classify(Entry("Knowledge distillation and refining of large language models for edge devices", "6513"));
        r.Category.Should().NotBe("0501", r.Evidence);
    }
}
