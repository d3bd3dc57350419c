using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Issue 16 (termsf): devices (04) a sector firm uses are not its product, and a device category resting on context
/// terms alone (整车, automotive, 可穿戴, 诊断仪) names the goods an application inspects or the data it reads: a counted
/// sector application decides. An AI medical device (0404) keeps the health words it shares with 0505 by definition,
/// and a device maker's own 制造 is not the manufacturing sector.
/// </summary>
public sealed class ClassifierDeviceUseTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Theory]
    [InlineData("许可项目：医疗服务；应用手术机器人与人工智能影像系统开展诊疗活动", "骨科专科医院", "0505")]
    [InlineData("银行业务；在营业网点部署智能服务机器人与人脸识别核身设备开展业务办理", "对公与零售银行业务", "0502")]
    [InlineData("居家养老服务；为独居老人配置智能陪护机器人并提供远程看护", "智能陪护", "0505")]
    [InlineData("保险公估；使用无人机与图像识别开展财产险灾损查勘", "灾损查勘", "0502")]
    public void Classify_SectorFirmUsingADevice_TheSector(string scope, string products, string expected)
    {
        var r = Classifier.Classify(Entry(scope, products: products));

        r.Category.Should().Be(expected, r.Evidence);
        r.Evidence.Should().Contain("仅见于销售或使用类条目");
    }

    [Theory]
    [InlineData("手术机器人研发；医疗服务", "0401")] // making the robot: its category
    [InlineData("应用人工智能技术研发服务机器人", "0401")] // a word of use, but the item makes the robot
    [InlineData("智能机器人应用系统集成", "0401")] // 应用 after the robot: no use of goods
    public void Classify_DeviceMadeOrIntegrated_KeepsTheDevice(string scope, string expected)
        => Classifier.Classify(Entry(scope)).Category.Should().Be(expected);

    [Theory]
    [InlineData("汽车零部件及配件制造；冲压件表面缺陷AI视觉检测系统的研发与应用", "车身冲压件、automotive stamping parts", "0501")]
    [InlineData("development of deep-learning weld seam inspection software for automotive body shops", "AI inspection for automotive plants", "0501")]
    [InlineData("健康管理咨询；基于可穿戴设备数据的慢病风险人工智能评估", "慢病管理", "0505")]
    [InlineData("设备故障诊断技术服务（基于深度学习的振动分析）", "旋转机械智能诊断仪", "0501")]
    public void Classify_DeviceContextTermBesideASector_TheSector(string scope, string products, string expected)
        => Classifier.Classify(Entry(scope, products: products)).Category.Should().Be(expected);

    [Theory]
    [InlineData("眼底相机制造（内置人工智能糖网筛查算法）", "AI眼底相机", "0404")] // 制造 is the maker's own activity
    [InlineData("Design and development of AI-assisted pathology diagnosis software (Class III medical device)", null, "0404")] // diagnosis is the device's own word
    [InlineData("自动驾驶软件开发；汽车零配件销售", null, "0402")] // a strong device term is not resting on context
    public void Classify_DeviceWordsThatAreTheDevicesOwn_KeepTheDevice(string scope, string? products, string expected)
        => Classifier.Classify(Entry(scope, products: products)).Category.Should().Be(expected);
}
