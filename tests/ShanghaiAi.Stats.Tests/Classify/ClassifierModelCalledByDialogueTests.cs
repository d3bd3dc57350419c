using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Round 6b (terms7, reading 42): a large model the firm only calls (LLM, 大模型; no word of making it) beside a speech and
/// language application of 0304's own (智能客服, 客服机器人, 自动摘要, 坐席辅助) is that application (0304), as 0301's note sends
/// an application that only calls a model to its domain. Making the model keeps 0301; a sector named keeps the sector.
/// </summary>
public sealed class ClassifierModelCalledByDialogueTests
{
    private const string Boilerplate = "一般项目：技术服务、技术开发、技术咨询；软件开发";

    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Theory]
    [InlineData("LLM客服Copilot：工单自动摘要、坐席话术推荐")]
    [InlineData("基于大模型的智能客服机器人")]
    public void Classify_ModelCalledByADialogueApplication_Speech(string products)
    {
        var r = Classifier.Classify(Entry(Boilerplate, "6513", products));

        r.Category.Should().Be("0304", r.Evidence);
    }

    [Fact]
    public void Classify_ModelMadeBesideADialogueApplication_FoundationModel()
    {
        var r = Classifier.Classify(Entry(Boilerplate, "6513", "大模型研发与预训练；智能客服机器人"));

        r.Category.Should().Be("0301", r.Evidence);
    }

    [Fact]
    public void Classify_ModelCalledByABanksCustomerService_Finance()
    {
        var r = Classifier.Classify(Entry(Boilerplate, "6513", "基于大模型的银行智能客服"));

        r.Category.Should().Be("0502", r.Evidence);
    }
}
