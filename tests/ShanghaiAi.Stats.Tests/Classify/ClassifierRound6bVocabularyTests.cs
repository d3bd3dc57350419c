using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Round 6b (terms7, readings 40, 41 and 43): speech and language tasks named by themselves (自动摘要, 语音输入法, 语音录入, 语种识别,
/// 语音翻译, 会议转写, AI同传, 多轮对话, 智能IVR; a plain IVR needs an AI signal), AI解译 of remote-sensing images, hospital departments whose shorter word is a device's (超声科), the tender
/// wording 采购项目 that names no commerce sector, and GPU servers rented out as compute (0201). Remote-sensing task names
/// without an AI signal stay out.
/// </summary>
public sealed class ClassifierRound6bVocabularyTests
{
    private const string Boilerplate = "一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发";

    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Theory]
    [InlineData("6513", "长文档自动摘要与要点提取", "0304")]
    [InlineData("6513", "语音输入法（中英混说）", "0304")]
    [InlineData("6513", "语种识别与语音翻译SDK", "0304")]
    [InlineData("6513", "中标：某集团会议纪要语音转写系统采购项目", "0304")]
    [InlineData("6513", "超声科、口腔科医生语音录入电子病历", "0505")]
    [InlineData("6571", "卫星遥感影像AI解译：地物分类、变化检测", "0303")]
    [InlineData("6450", "GPU服务器租赁（大模型训练）", "0201")]
    [InlineData("6513", "会议转写与AI同传系统", "0304")]
    [InlineData("6513", "智能IVR、多轮对话与自定义唤醒词", "0304")]
    [InlineData("6591", "呼叫中心IVR语音导航（人工坐席）", "00")]
    public void Classify_Round6bWords_ExpectedCategory(string industry, string products, string expected)
    {
        var r = Classifier.Classify(Entry(Boilerplate, industry, products));

        r.Category.Should().Be(expected, r.Evidence);
    }

    [Fact]
    public void Classify_RemoteSensingTasksWithoutAnAiSignal_OutOfScope()
    {
        var r = Classifier.Classify(Entry(Boilerplate, "6571", "遥感影像地物分类与变化检测（人工目视判读）"));

        r.Category.Should().Be("00", r.Evidence);
    }
}
