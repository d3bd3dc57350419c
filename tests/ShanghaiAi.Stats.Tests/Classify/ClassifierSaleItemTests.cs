using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Issue 16 (sold): a product or device category (01, 04) whose terms stand only in items of the business scope that
/// sell, retail, wholesale or rent goods (智能机器人销售) names what the firm sells, not what it makes: a category the
/// texts give outside those items decides; with no other AI evidence the category stays but goes to review.
/// </summary>
public sealed class ClassifierSaleItemTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Fact]
    public void Classify_RobotSoldByAnElderlyCareFirm_TheCareSector()
    {
        var r = Classifier.Classify(Entry("养老服务；智能养老平台运营；智能机器人销售"));

        r.Category.Should().Be("0505", r.Evidence);
        r.Evidence.Should().Contain("0401 is named only in items that sell or use goods");
    }

    [Theory]
    [InlineData("智能音箱销售；计算机视觉算法研发", "0303")] // a technology outside the sale item
    [InlineData("人工智能医疗设备租赁；智能养老平台运营", "0505")] // rented devices (0404 context) beside a sector
    [InlineData("服务机器人零售；智能音箱批发；计算机视觉算法研发", "0303")] // two device categories, both only traded
    public void Classify_DeviceOnlyTradedBesideOtherEvidence_TheOtherCategory(string scope, string expected)
        => Classifier.Classify(Entry(scope)).Category.Should().Be(expected);

    [Theory]
    [InlineData("智能音箱制造；智能音箱销售；计算机视觉算法研发", null)] // made in an item of its own
    [InlineData("智能机器人的研发、制造、销售；智能养老平台运营", null)] // one item that makes and sells
    [InlineData("智能音箱销售；计算机视觉算法研发", "智能音箱")] // 主要产品 names the device: the firm's product
    public void Classify_MakerThatAlsoSells_KeepsTheProductCategory(string scope, string? products)
    {
        var r = Classifier.Classify(Entry(scope, products: products));

        r.Category.Should().Be(scope.StartsWith("智能机器人", StringComparison.Ordinal) ? "0401" : "0405", r.Evidence);
        r.Evidence.Should().NotContain("仅见于销售或使用类条目");
    }

    [Theory]
    [InlineData("人工智能应用软件开发；智能音箱销售", "0405")] // a generic term in an item of its own gives no other category
    public void Classify_OnlyTradedDevice_KeepsCategoryWithReview(string scope, string expected)
    {
        var r = Classifier.Classify(Entry(scope));

        (r.Category, r.Review, r.Confidence).Should().Be((expected, true, 0.6), r.Evidence);
        r.ReviewReason.Should().Contain("可能为产品经销商");
    }
}
