using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Reading 37 (terms6): prompt engineering (提示词工程, prompt engineering) is work on a model someone else made, like
/// fine-tuning (模型微调): an AI technical service (0509) of its own, and beside a large model the firm does not make it
/// names deploying that model for a client (reading 19), so 0509, not 0301. Making a model keeps 0301; a sector the texts
/// name keeps the sector.
/// </summary>
public sealed class ClassifierPromptEngineeringTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Theory]
    [InlineData("信息技术咨询服务", "大模型应用接入与提示词工程服务")]
    [InlineData("软件开发", "Prompt engineering for large language model applications")]
    public void Classify_PromptEngineeringBesideALargeModel_0509NotSure(string scope, string products)
    {
        var r = Classifier.Classify(Entry(scope, "6560", products));

        r.Category.Should().Be("0509", r.Evidence);
        r.Confidence.Should().BeLessThan(0.9);
        r.Evidence.Should().Contain("部署或集成大模型属技术服务");
    }

    [Fact]
    public void Classify_PromptEngineeringAlone_0509InScope()
    {
        var r = Classifier.Classify(Entry("信息技术咨询服务", "6560", "企业提示词工程咨询服务"));

        r.InScope.Should().BeTrue(r.Evidence);
        r.Category.Should().Be("0509", r.Evidence);
    }

    [Fact]
    public void Classify_ModelMadeAndPromptEngineering_0301()
    {
        var r = Classifier.Classify(Entry("人工智能理论与算法软件开发", "6513", "大模型研发、预训练与提示词工程"));

        r.Category.Should().Be("0301", r.Evidence);
    }

    [Fact]
    public void Classify_PromptEngineeringForASector_TheSector()
    {
        var r = Classifier.Classify(Entry("软件开发", "6513", "面向银行的风控大模型提示词工程与智能风控"));

        r.Category.Should().Be("0502", r.Evidence);
    }
}
