using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Issue 16 (termse): the jargon of education (0504), city management, public safety and government services (0506),
/// justice and IP (0507) and trades with no category of their own (0509) beside a generic AI term; buzzwords (智慧消防)
/// are no AI signal; training, events and firms about AI are not AI activity. Phrases written for these tests, not
/// taken from the development sets.
/// </summary>
public sealed class ClassifierSectorJargonTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Theory]
    [InlineData("AI外教口语陪练小程序", "0504")]
    [InlineData("拍照搜题与举一反三", "0504")]
    [InlineData("少儿舞蹈考级AI评分", "0504")]
    [InlineData("新高考选科走班AI排课", "0504")]
    [InlineData("12315消费投诉AI分类", "0506")]
    [InlineData("人大代表建议AI智能分办", "0506")]
    [InlineData("公交发车间隔AI优化", "0506")]
    [InlineData("接处警警情AI研判", "0506")]
    [InlineData("乱张贴小广告AI巡查", "0506")]
    [InlineData("减刑假释案件AI评估", "0507")]
    [InlineData("商标注册AI近似检索", "0507")]
    [InlineData("涉案财物AI管理", "0507")]
    [InlineData("干洗店AI衣物污渍分析", "0509")]
    [InlineData("鱼塘池塘养殖AI投喂", "0509")]
    public void Classify_SectorJargonInProductsBesideAGenericItem_TheSector(string products, string expected)
    {
        var r = Classifier.Classify(Entry("人工智能应用软件开发", "6513", products));

        r.Category.Should().Be(expected, r.Evidence);
    }

    [Fact]
    public void Classify_ContractReviewWrittenTheOtherWayRound_Justice()
        => Classifier.Classify(Entry("软件开发；信息系统集成服务", "6513", "合同智能审查")).Category.Should().Be("0507");

    [Theory]
    [InlineData("智慧消防系统集成；消防设施工程施工")]
    [InlineData("智慧政务大厅装修；智慧城管指挥中心大屏安装")]
    [InlineData("智慧校园广播与智能门禁")]
    public void Classify_SmartBuzzwordsWithoutAi_OutOfScope(string scope)
        => Classifier.Classify(Entry(scope, "4999")).Category.Should().Be("00");

    [Theory]
    [InlineData("人工智能技术培训（不含学历教育、职业技能培训）")]
    [InlineData("人工智能训练师、数据标注员职业技能培训")]
    [InlineData("人工智能峰会、AI大会会务服务")]
    [InlineData("人工智能企业政策申报咨询")]
    [InlineData("人工智能科普展览")]
    [InlineData("人工智能人才招聘与猎头")]
    [InlineData("AI产业峰会与项目路演")]
    [InlineData("人工智能产业园运营与招商")]
    public void Classify_TrainingEventsOrFirmsAboutAi_OutOfScope(string scope)
    {
        var r = Classifier.Classify(Entry(scope, "7299"));

        r.Category.Should().Be("00", r.Evidence);
    }
}
