using ShanghaiAi.Stats.Classify;
using static ShanghaiAi.Stats.Tests.Classify.ClassifyTestData;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>
/// Issue 16 (termsf): a firm whose AI terms all stand in items that sell goods in the licence's phrasing (…销售, …零售,
/// …批发, "sales of …") or in a 主要产品 that only trades resells AI products: out of the AI sector (0405's excludes, the
/// look-alikes of the labelled sets), with review. A trade word inside a noun (零售门店, 经销商, 租赁资产) is no sale, and
/// renting out compute (算力租赁) is the service itself. A firm registered in a manufacturing class (GB/T 4754 section C)
/// sells what it makes.
/// </summary>
public sealed class ClassifierResellerTests
{
    private static readonly Classifier Classifier = new(ClassificationStandard.LoadEmbedded());

    [Theory]
    [InlineData("智能机器人销售；日用百货销售", null)]
    [InlineData("人工智能硬件销售；电子产品销售", null)]
    [InlineData("GPU服务器销售；计算机软硬件及辅助设备批发", "品牌服务器分销")]
    [InlineData("汽车新车销售；智能网联汽车销售；二手车经纪", null)]
    [InlineData("AI学习机零售；智能手表销售", "数码产品门店")]
    [InlineData("sales of industrial robots; import and export of goods", null)]
    [InlineData("电子产品销售", "代理销售扫地机器人")]
    public void Classify_AiTermsOnlyInSaleItems_OutOfScopeWithReview(string scope, string? products)
    {
        var r = Classifier.Classify(Entry(scope, products: products));

        (r.Category, r.Review, r.Confidence).Should().Be(("00", true, 0.7), r.Evidence);
        r.ReviewReason.Should().Contain("视为产品经销商");
        r.Evidence.Should().Contain("a reseller is not in the AI sector");
    }

    [Theory]
    [InlineData("零售门店动态定价与促销效果机器学习分析", "0503")] // 零售 inside a noun: no sale
    [InlineData("经销商订货需求的机器学习预测", "0503")]
    [InlineData("融资租赁业务；租赁资产残值的机器学习估值", "0502")]
    [InlineData("computer vision shelf auditing for retail stores", "0503")]
    [InlineData("智算中心运营；GPU算力租赁", "0201")]
    [InlineData("GPU算力租赁", "0201")] // renting out compute is the service
    [InlineData("智能机器人研发；智能机器人销售", "0401")] // made in an item of its own
    public void Classify_TradeWordThatIsNoResale_KeepsTheCategory(string scope, string expected)
        => Classifier.Classify(Entry(scope)).Category.Should().Be(expected);

    [Theory]
    [InlineData("3983", "3D视觉传感器销售；毫米波雷达研发", "0103")]
    [InlineData("3911", "智能计算集群设备销售；人工智能应用软件开发", "0102")]
    [InlineData("3964", "智能机器人销售", "0401")]
    public void Classify_ManufacturingClassSellingItsGoods_TheProductCategory(string industry, string scope, string expected)
    {
        var r = Classifier.Classify(Entry(scope, industry: industry));

        r.Category.Should().Be(expected, r.Evidence);
        r.Evidence.Should().NotContain("reseller");
        r.Evidence.Should().NotContain("仅见于销售");
    }

    [Theory]
    [InlineData("工业机器人销售；工业机器人安装、维修", "机器人代理", "0401")]
    [InlineData("无人机销售；体育用品销售", "消费级无人机", "0403")]
    public void Classify_DeviceSoldAndNotMade_LikelyNotSure(string scope, string products, string expected)
    {
        var r = Classifier.Classify(Entry(scope, products: products));

        r.Category.Should().Be(expected, r.Evidence);
        r.Confidence.Should().BeLessThan(0.9, "a trader is likely, not surely, a maker");
    }

    [Fact]
    public void Classify_DeviceMadeInAnItemOfItsOwn_Sure()
        => Classifier.Classify(Entry("工业机器人制造；工业机器人销售", products: "协作机器人")).Confidence.Should().BeGreaterThanOrEqualTo(0.9);

    [Fact]
    public void Classify_SaleItemsOnlyButRevenueShareReported_StaysInScope()
        => Classifier.Classify(Entry("智能机器人销售；日用百货销售"), 0.5m).Category.Should().Be("0401");
}
