using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>Rule 2 (precedence), rule 3 against text, secondary categories, review, overrides, thread safety.</summary>
public sealed class ClassifierPrecedenceTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Theory]
    [InlineData("自动驾驶AI芯片的研发与销售", "0101", "0402")] // chip + autonomous driving
    [InlineData("基于计算机视觉的交通违章识别系统开发", "0506", "0303")] // CV for traffic
    [InlineData("人脸识别算法开发；人脸识别门禁终端研发", "0306", "")] // face recognition
    [InlineData("GPU服务器研发", "0102", "")] // the longer term wins over GPU
    [InlineData("工业机器人视觉引导系统研发", "0401", "0303")] // robots before computer vision
    [InlineData("手术机器人研发；第二类医疗器械生产", "0401", "")] // robots before AI medical devices
    [InlineData("医学影像AI辅助诊断软件研发", "0404", "")]
    [InlineData("大语言模型研发；金融大模型在银行业的应用", "0301", "0502")] // foundation models before sector applications
    [InlineData("面向银行的智能客服系统开发", "0502", "0304")] // AI customer service in finance
    [InlineData("基于深度学习的产品缺陷检测与质检系统研发", "0501", "0303")] // industrial AI before generic CV
    [InlineData("聊天机器人软件开发", "0304", "")] // a chatbot is not a robot
    [InlineData("机器人流程自动化（RPA）软件开发", "0509", "")] // nor is RPA
    [InlineData("智算中心运营；数据标注服务", "0201", "0202")]
    [InlineData("基于知识图谱的检察办案辅助系统开发", "0507", "0305")]
    [InlineData("虚拟数字人技术开发；AIGC内容生成平台", "0508", "0307")]
    public void Classify_SeveralCategoriesMatch_FirstInPrecedenceWins(string scope, string primary, string secondary)
    {
        var r = Classifier.Classify(Entry(scope, "6513"));
        r.Category.Should().Be(primary, r.Evidence);
        string.Join(';', r.SecondaryCategories).Should().Be(secondary, r.Evidence);
        r.ScopeBasis.Should().Be(ScopeBasis.Text);
    }

    [Fact]
    public void Classify_GenericAiTermOnly_0509WithReview()
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发；软件开发", "6513", n: 3));
        r.Should().BeEquivalentTo(new ClassificationResult(Uscc(3), "0509", "05", [], ScopeBasis.Text, false, 0.5, true,
            "经营范围 matched 人工智能应用软件开发 (AI signal); industry 6513 is partly AI (*); rule 2: only a generic AI term, 0509; review: only a generic AI term"), o => o.ComparingByMembers<ClassificationResult>());
    }

    [Fact]
    public void Classify_HigherCategoryThanWholeClass_TextWinsAndFlagsReview()
    {
        var r = Classifier.Classify(Entry("AI芯片研发", "3491"));
        (r.Category, r.ScopeBasis, r.Review).Should().Be(("0101", ScopeBasis.Class, true));
        r.SecondaryCategories.Should().Equal("0401");
        r.ReviewReason.Should().Be("industry 3491 is wholly 0401 but the texts point to 0101");
    }

    [Fact]
    public void Classify_WholeClassBeforeLowerTextCategory_ClassDecides()
    {
        var r = Classifier.Classify(Entry("机器视觉检测软件开发", "3961"));
        (r.Category, r.ScopeBasis, r.Review, r.Confidence).Should().Be(("0405", ScopeBasis.Class, true, 0.6));
        r.SecondaryCategories.Should().Equal("0303");
        r.Evidence.Should().Contain("rule 3: whole class decides 0405, before 0303");
    }

    [Fact]
    public void ApplyOverride_Decision_BeatsTheRulesAndKeepsTheirEvidence()
    {
        var rules = Classifier.Classify(Entry("人工智能应用软件开发", "6513", n: 4));
        var decision = new ClassificationOverride(Uscc(4), "0505", "主营AI辅助问诊，见年报", "stat.li", new DateTimeOffset(2026, 10, 8, 9, 0, 0, TimeSpan.Zero));
        var r = Classifier.ApplyOverride(rules, decision, 0.4m);
        r.Should().BeEquivalentTo(new ClassificationResult(Uscc(4), "0505", "05", ["0509"], ScopeBasis.Override, true, 1.0, false,
            "override by stat.li on 2026-10-08: 主营AI辅助问诊，见年报; rules gave 0509 (text): " + rules.Evidence), o => o.ComparingByMembers<ClassificationResult>());
        Classifier.ApplyOverride(rules, decision with { Category = "00" }, 0.4m).Should().Match<ClassificationResult>(x => !x.AiEnterprise && x.CategoryL1 == "00" && x.SecondaryCategories.Count == 0);
    }

    [Fact]
    public void Classify_ManyThreads_SameResultsAsOneThread()
    {
        var scopes = new[] { "工业机器人制造", "人脸识别", "建筑智能化工程", "大语言模型研发；金融信息服务", "AI software", "智能家居销售", "数据标注" };
        var entries = Enumerable.Range(0, 4000).Select(i => Entry(scopes[i % scopes.Length], i % 3 == 0 ? "3491" : "6513", n: i)).ToList();
        var sequential = entries.Select(e => Classifier.Classify(e)).ToList();
        var parallel = entries.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(e => Classifier.Classify(e)).ToList();
        parallel.Should().BeEquivalentTo(sequential, o => o.WithStrictOrdering());
    }
}
