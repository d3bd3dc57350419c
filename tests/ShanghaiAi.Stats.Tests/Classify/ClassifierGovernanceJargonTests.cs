using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Issue 16 (termsg): government bodies and governance words the lists missed (财政局, 档案馆, 管委会, 市场监督管理局,
/// 林业局, 养老金领取资格认证, 盲道, 非法倾倒), AI named as 视频智能分析, Taiwan's 訓練資料 / 資料標註, edge inference boxes,
/// and negations (无AI) that are no AI signal.
/// </summary>
public sealed class ClassifierGovernanceJargonTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Theory]
    [InlineData("财政局预算绩效评价AI辅助")]
    [InlineData("档案馆馆藏档案AI开放鉴定")]
    [InlineData("化工园区管委会安全生产AI视频监管")]
    [InlineData("农贸市场抽检数据机器学习风险预警（服务区市场监督管理局）")]
    [InlineData("林业局野生动物红外相机图像AI识别")]
    [InlineData("人社部门养老金领取资格远程AI认证")]
    [InlineData("无障碍设施与盲道占用AI巡查")]
    [InlineData("固体废物非法倾倒卫星遥感AI识别")]
    public void Classify_GovernanceWordsBesideAGenericItem_Governance(string products)
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发", "6513", products));

        r.Category.Should().Be("0506", r.Evidence);
    }

    [Fact]
    public void Classify_VideoIntelligentAnalysisWithoutTheWordAi_GovernanceInScope()
    {
        var r = Classifier.Classify(Entry("信息系统集成服务；软件开发", "6531", "城管巡查车：视频智能分析自动识别乱设摊"));

        r.Category.Should().Be("0506", r.Evidence);
    }

    [Fact]
    public void Classify_TaiwanTrainingDataWording_DataAnnotation()
    {
        var r = Classifier.Classify(Entry("一般項目：資料處理服務；人工智慧訓練資料服務。", "6450", "法律文書資料標註"));

        r.Category.Should().Be("0202", r.Evidence);
    }

    [Fact]
    public void Classify_EdgeInferenceBox_AiComputingHardware()
    {
        var r = Classifier.Classify(Entry("计算机零部件制造", "3912", "边缘AI计算盒子（视频分析推理一体机）"));

        r.Category.Should().Be("0102", r.Evidence);
    }

    [Fact]
    public void Classify_NegatedAi_OutOfScope()
    {
        var r = Classifier.Classify(Entry("信息系统集成服务", "6531", "数据中心网络与服务器集成（无AI）"));

        r.Category.Should().Be("00", r.Evidence);
    }
}
