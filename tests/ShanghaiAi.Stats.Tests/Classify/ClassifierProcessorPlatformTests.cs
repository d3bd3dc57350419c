using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Round 6b (terms7, reading 39): a processor named and nothing more (GPU, NPU, TPU) beside a compute service (0201) or a
/// term of AI system software (0302) is the hardware the service rents out or the software runs on, not a chip the firm
/// makes. A chip word of the firm's own (AI芯片, 芯片设计) or a chip-design class (6520) keeps 0101.
/// </summary>
public sealed class ClassifierProcessorPlatformTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Theory]
    [InlineData("6450", "Serverless GPU推理算力服务", "0201")]
    [InlineData("6450", "NPU算力服务与大模型推理平台托管", "0201")]
    [InlineData("6450", "AI算力云服务、GPU运算资源出租", "0201")]
    [InlineData("6511", "AI编译器与推理引擎（适配国产NPU）", "0302")]
    [InlineData("6512", "深度学习框架（支持GPU、TPU分布式训练）", "0302")]
    public void Classify_ProcessorBesideAServiceOrSystemSoftware_TheServiceOrSoftware(string industry, string products, string expected)
    {
        var r = Classifier.Classify(Entry("一般项目：技术服务、技术开发、技术咨询；软件开发", industry, products));

        r.Category.Should().Be(expected, r.Evidence);
    }

    [Theory]
    [InlineData("6513", "AI芯片设计；GPU算力服务")]
    [InlineData("6520", "GPU设计与推理引擎SDK")]
    [InlineData("6513", "NPU IP授权")]
    public void Classify_ChipOfTheFirmsOwn_Chip(string industry, string products)
    {
        var r = Classifier.Classify(Entry("一般项目：集成电路设计；技术服务、技术开发", industry, products));

        r.Category.Should().Be("0101", r.Evidence);
    }
}
