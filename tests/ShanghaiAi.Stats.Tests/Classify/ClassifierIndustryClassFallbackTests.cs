using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Issue 16 (termsf): with a generic AI term alone, a partly-AI (*) industry class that belongs to one category only
/// (6520 AI chips, 358x AI medical devices, 3983 sensors, 6429 internet content) gives that category, at 0.7 with
/// review; a class of several categories (6513) or of 0509 leaves 0509.
/// </summary>
public sealed class ClassifierIndustryClassFallbackTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Theory]
    [InlineData("6520", "design of neural network IP; sale of integrated circuits", "0101")]
    [InlineData("3581", "manufacture of bedside monitors with embedded AI; medical device sales", "0404")]
    [InlineData("3983", "传感器研发；人工智能技术开发", "0103")]
    [InlineData("6429", "互联网信息服务；人工智能技术开发", "0508")]
    public void Classify_GenericTermAndOneCategoryClass_TheClassCategoryWithReview(string industry, string scope, string expected)
    {
        var r = Classifier.Classify(Entry(scope, industry: industry));

        (r.Category, r.Review, r.Confidence).Should().Be((expected, true, 0.7), r.Evidence);
        r.ReviewReason.Should().Contain("类别取自行业代码");
    }

    [Theory]
    [InlineData("6513")]
    [InlineData("6560")]
    [InlineData(null)]
    public void Classify_GenericTermAndNoOneCategoryClass_0509(string? industry)
        => Classifier.Classify(Entry("人工智能技术开发", industry: industry)).Category.Should().Be("0509");
}
