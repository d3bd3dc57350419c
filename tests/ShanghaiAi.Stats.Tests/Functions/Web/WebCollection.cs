namespace ShanghaiAi.Stats.Tests.Functions.Web;

/// <summary>The web page tests share one Chromium and one small demo warehouse, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<Chromium>, ICollectionFixture<DemoWarehouse>
{
    public const string Name = "web pages in chromium";
}
