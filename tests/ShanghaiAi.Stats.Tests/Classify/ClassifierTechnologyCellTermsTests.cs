using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Issue 16, round 5b (termsh): the small technology categories in the words registrations use for them — AI servers and
/// accelerator cards (0102), intelligent sensors (0103), training data (0202), frameworks and tools (0302), computer
/// vision (0303) — with Taiwan terms (伺服器, 光達, 感測器, 資料, 電腦視覺), and their ordinary look-alikes out of scope.
/// </summary>
public sealed class ClassifierTechnologyCellTermsTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Theory]
    [InlineData("3912", "PCIe推理加速卡、OAM训练加速模组", "0102")]
    [InlineData("3911", "DeepSeek大模型私有化部署一体机", "0102")]
    [InlineData("3911", "AI推理伺服器", "0102")]
    [InlineData("3911", "8-GPU AI training servers", "0102")]
    [InlineData("3983", "4D毫米波成像雷达", "0103")]
    [InlineData("3983", "机器人电子皮肤触觉传感器", "0103")]
    [InlineData("3983", "光達（LiDAR）感測器", "0103")]
    [InlineData("3976", "双目深度相机、3D结构光相机", "0103")]
    [InlineData("3983", "event-based vision sensors", "0103")]
    [InlineData("6560", "大模型人类反馈数据、指令微调数据", "0202")]
    [InlineData("6550", "資料標註、訓練資料集", "0202")]
    [InlineData("6550", "方言语音数据采集与转写标注", "0202")]
    [InlineData("6511", "深度学习编译器、算子自动生成", "0302")]
    [InlineData("6512", "联邦学习平台", "0302")]
    [InlineData("6512", "分布式训练框架、并行加速库", "0302")]
    [InlineData("6512", "检索增强生成（RAG）框架、向量检索引擎", "0302")]
    [InlineData("6512", "Agent框架", "0302")]
    [InlineData("6513", "影像辨識、電腦視覺演算法", "0303")]
    [InlineData("6513", "行人重识别（ReID）算法", "0303")]
    [InlineData("6513", "表格识别、手写体识别", "0303")]
    [InlineData("6513", "目标跟踪、人体关键点检测", "0303")]
    [InlineData("6513", "车辆特征识别算法（车型、颜色）", "0303")]
    public void Classify_TechnologyInItsOwnWords_ItsCategory(string industry, string products, string expected)
    {
        var r = Classifier.Classify(Entry("技术开发；软件开发", industry, products));

        r.Category.Should().Be(expected, r.Evidence);
    }

    [Theory]
    [InlineData("3911", "通用x86服务器、存储服务器")]
    [InlineData("3983", "温湿度传感器、MEMS麦克风")]
    [InlineData("4019", "手持激光测距仪")]
    [InlineData("6511", "关系型数据库、时序数据库")]
    [InlineData("6550", "数据录入、档案数字化扫描")]
    [InlineData("6513", "图像处理与照片编辑软件")]
    [InlineData("6512", "低代码表单与流程开发平台、Web开发框架")]
    [InlineData("3911", "伺服电机驱动器")]
    public void Classify_OrdinaryLookAlike_OutOfScope(string industry, string products)
    {
        var r = Classifier.Classify(Entry("技术开发；软件开发", industry, products));

        r.Category.Should().Be("00", r.Evidence);
    }
}
