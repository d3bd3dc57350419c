using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>Rule 1 (scope), rule 3 (whole classes), rule 6 (AI enterprise), and the text traps.</summary>
public sealed class ClassifierScopeTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Fact]
    public void Classify_ScopeA_WholeClassWithNoAiTerm_InScopeByClass()
    {
        var r = Classifier.Classify(Entry("通用设备制造；机械设备销售", "3491", n: 7));
        r.Should().BeEquivalentTo(new ClassificationResult(Uscc(7), "0401", "04", [], ScopeBasis.Class, false, 0.85, false,
            "industry 3491 is wholly in scope (0401); rule 3: whole class decides 0401"), o => o.ComparingByMembers<ClassificationResult>());
    }

    [Fact]
    public void Classify_ScopeA_EvidenceNamesTermAndClass()
    {
        var r = Classifier.Classify(Entry("工业机器人制造；通用设备制造", "3491"));
        r.Evidence.Should().Be("经营范围 matched 工业机器人 (0401); industry 3491 is wholly in scope (0401); rule 3: whole class decides 0401");
        r.Confidence.Should().Be(0.98);
        r.Review.Should().BeFalse();
    }

    [Theory]
    [InlineData("3491", "0401")]
    [InlineData("3492", "0401")]
    [InlineData("3964", "0401")]
    [InlineData("3962", "0402")]
    [InlineData("3963", "0403")]
    [InlineData("3961", "0405")]
    [InlineData("3969", "0405")]
    public void Classify_EachWholeClass_DecidesItsCategory(string industry, string category)
    {
        var r = Classifier.Classify(Entry("电子产品销售；技术服务", industry));
        (r.Category, r.CategoryL1, r.ScopeBasis).Should().Be((category, category[..2], ScopeBasis.Class));
    }

    [Fact]
    public void Classify_ScopeB_ArticleSeventyOneTerm_InScopeByText()
    {
        var r = Classifier.Classify(Entry("计算机视觉算法软件开发；软件销售", "6513"));
        (r.Category, r.ScopeBasis, r.Review, r.Confidence).Should().Be(("0303", ScopeBasis.Text, false, 0.98));
        r.Evidence.Should().Be("经营范围 matched 计算机视觉 (0303), 视觉算法 (0303); industry 6513 is partly AI (*); rule 2: 0303");
    }

    [Fact]
    public void Classify_ScopeC_AiRevenueShareAtLeast30Percent_InScopeByRevenueShare()
    {
        var r = Classifier.Classify(Entry("软件开发；计算机系统服务", "6513"), 0.30m);
        (r.Category, r.ScopeBasis, r.AiEnterprise, r.Review).Should().Be(("0509", ScopeBasis.RevenueShare, true, true));
        r.Evidence.Should().EndWith("AI revenue share 30.0% >= 30%; rule 1c: in scope by AI revenue share; no category term, 0509; review: in scope by AI revenue share only; no AI term in the texts");
        Classifier.Classify(Entry("软件开发；计算机系统服务", "6513"), 0.2999m).Category.Should().Be("00");
        Classifier.Classify(Entry("软件开发；物流信息咨询", "6513"), 0.4m).Evidence.Should().Be(
            "经营范围 matched 物流 (0503 context term); industry 6513 is partly AI (*); AI revenue share 40.0% >= 30%; rule 1c: in scope by AI revenue share; sector term gives 0503; review: in scope by AI revenue share only; no AI term in the texts");
    }

    [Fact]
    public void Classify_ScopeC_PartialClassWithOneCategory_GivesThatCategory()
        => Classifier.Classify(Entry("电子元器件销售；技术进出口", "6520"), 0.5m).Category.Should().Be("0101");

    [Fact]
    public void Classify_BareZhineng_IsNoSignal()
    {
        var r = Classifier.Classify(Entry("智能化工程施工；建筑智能化系统设计；智能卡销售；智能家居销售；智能控制系统集成；智能制造装备销售", "4999"));
        (r.Category, r.ScopeBasis, r.AiEnterprise).Should().Be(("00", ScopeBasis.None, false));
        r.Evidence.Should().Contain("excluded 智能化工程, 建筑智能化系统, 智能卡, 智能家居销售 (not AI signals)").And.Contain("rule 1: no AI signal");
    }

    [Fact]
    public void Classify_StarClassAlone_IsOutOfScope()
    {
        var r = Classifier.Classify(Entry("财务管理软件开发；软件销售；信息技术咨询服务", "6513"));
        (r.Category, r.ScopeBasis).Should().Be(("00", ScopeBasis.None));
        r.Evidence.Should().Be("industry 6513 is partly AI (*); rule 1: no AI signal; a * class alone is not enough");
    }

    [Fact]
    public void Classify_ExclusionTerm_RemovesItsSpanButDoesNotVetoAnAiSignalElsewhere()
    {
        var r = Classifier.Classify(Entry("建筑智能化工程施工；人工智能应用软件开发", "4999"));
        (r.Category, r.ScopeBasis, r.Review).Should().Be(("0509", ScopeBasis.Text, true));
        r.Evidence.Should().Be("经营范围 matched 人工智能应用软件开发 (AI signal); excluded 建筑智能化工程 (not an AI signal); rule 2: only a generic AI term, 0509; review: only a generic AI term");
    }

    [Theory]
    [InlineData("MAIN street trading; TRAINING services; domain consulting")]
    [InlineData("Maintenance of elevators; RAIL parts; Thailand imports")]
    [InlineData("数字人民币支付系统技术服务；智能体育器材销售；数字人才培训")]
    public void Classify_SubstringTraps_AreNotSignals(string scope)
        => Classifier.Classify(Entry(scope, "5176")).Category.Should().Be("00");

    [Theory]
    [InlineData("AI software development", "0509")]
    [InlineData("Development of AI-powered software; AIs for factories", "0509")]
    [InlineData("Design of GPUs and AI chips", "0101")]
    [InlineData("ＡＩ芯片研发", "0101")]
    [InlineData("機器視覺檢測設備研發", "0303")]
    [InlineData("视觉检测设备研发", "0303")]
    [InlineData("大语言模型研发", "0301")]
    [InlineData("LLM fine-tuning services", "0301")]
    [InlineData("基于AI的machine vision检测算法", "0303")]
    public void Classify_EnglishMixedFullWidthTraditionalAndVariants_Match(string scope, string category)
        => Classifier.Classify(Entry(scope)).Category.Should().Be(category);

    [Fact]
    public void Classify_SectorTermInAnotherClause_DoesNotChooseTheCategory()
    {
        Classifier.Classify(Entry("计算机视觉技术开发；金融信息服务（除金融许可业务）")).Category.Should().Be("0303");
        Classifier.Classify(Entry("人工智能技术在金融风险控制中的应用开发")).Category.Should().Be("0502");
        Classifier.Classify(Entry("软件开发", products: "面向银行的人工智能风控系统")).Category.Should().Be("0502");
    }

    [Fact]
    public void Classify_NameSignalOnly_OutOfScopeAndFlaggedForReview()
    {
        var r = Classifier.Classify(Entry("技术服务、技术开发；软件开发", "6513", name: "上海灵犀人工智能科技有限公司"));
        (r.Category, r.Review, r.Confidence).Should().Be(("00", true, 0.4));
        r.ReviewReason.Should().Be("the name carries an AI term but the business scope and main products do not");
    }

    [Theory]
    [InlineData(0.30, true)]
    [InlineData(0.2999, false)]
    [InlineData(null, false)]
    public void Classify_AiEnterpriseFlag_NeedsScopeAndShareAtLeast30Percent(double? share, bool expected)
    {
        Classifier.Classify(Entry("人脸识别算法开发"), (decimal?)share).AiEnterprise.Should().Be(expected);
    }
}
