using ShanghaiAi.Stats.Classify;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>classified.csv carries text from uploads (the evidence quotes the name): it must not open as a formula.</summary>
public sealed class ClassificationCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1+9)", "'@SUM(1+9)")]
    [InlineData("名称: 人工智能", "名称: 人工智能")]
    public void Line_EvidenceLikeAFormula_LeadingApostrophe(string evidence, string expectedField)
    {
        var r = new ClassificationResult("91310115000000001U", "0301", "03", [], "name", true, 0.9, false, evidence);

        ClassificationCsv.Line(r).Should().EndWith("," + expectedField);
    }
}
