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
    public void Normalise_Text_IsHalfWidthLowerSimplifiedWithClauseBreaks(string text, string expected)
        => TextNormaliser.Normalise(text).Should().Be(expected);
}
