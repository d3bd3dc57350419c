using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Issue 16 (termsg): integrating or deploying a large model the firm does not make (私有化部署, 系统集成, 运维, 模型微调)
/// for clients of no one sector is an AI technical service (0509), not model making (0301); making a model keeps 0301,
/// and the generic 技术服务 / 技术咨询 of every licence does not count as deploying.
/// </summary>
public sealed class ClassifierModelDeploymentTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Theory]
    [InlineData("人工智能行业应用系统集成服务", "企业级大模型私有化部署、集成与运维服务")]
    [InlineData("软件开发", "企业内部知识库大模型问答私有化交付")]
    [InlineData("人工智能行业应用系统集成服务", "为企业客户搭建与集成大模型应用")]
    public void Classify_LargeModelDeployedForClients_0509NotSure(string scope, string products)
    {
        var r = Classifier.Classify(Entry(scope, "6531", products));

        r.Category.Should().Be("0509", r.Evidence);
        r.Confidence.Should().BeLessThan(0.9);
        r.Evidence.Should().Contain("部署或集成大模型属技术服务");
    }

    [Fact]
    public void Classify_LargeModelMadeAndDeployed_0301()
    {
        var r = Classifier.Classify(Entry("人工智能行业应用系统集成服务", "6513", "大模型研发与私有化部署"));

        r.Category.Should().Be("0301", r.Evidence);
    }

    [Fact]
    public void Classify_LargeModelWithTheGenericTechnicalServicesOnly_0301()
    {
        var r = Classifier.Classify(Entry("大模型推理服务技术开发、技术咨询、技术服务", "6513", "行业大模型API"));

        r.Category.Should().Be("0301", r.Evidence);
    }
}
