using ShanghaiAi.Stats.Classify;

namespace ShanghaiAi.Stats.Tests.Classify;

public sealed class TextNormaliserTests
{
    [Theory]
    [InlineData("ＡＩ芯片", "ai芯片")]
    [InlineData("機器視覺檢測", "机器视觉检测")]
    [InlineData("Machine   Learning, NLP! AI", "machine learning nlp\nai")]
    [InlineData("一般项目：技术开发；人工智能应用软件开发。", "一般项目\n技术开发\n人工智能应用软件开发")]
    [InlineData("（依法须经批准的项目）  软件开发", "依法须经批准的项目 软件开发")]
    [InlineData("GPT－4、LLM", "gpt 4 llm")]
    [InlineData("GPU 算力租赁", "gpu算力租赁")]
    [InlineData("视觉 SLAM 定位；AI　解决方案", "视觉slam定位\nai解决方案")]
    [InlineData("AI、芯片", "ai 芯片")]
    [InlineData("AI 、芯片", "ai 芯片")]
    [InlineData("Speech-to-text API, TTS voices", "speech to text api tts voices")]
    public void Normalise_Text_IsHalfWidthLowerSimplifiedWithClauseBreaks(string text, string expected)
        => TextNormaliser.Normalise(text).Should().Be(expected);
}
