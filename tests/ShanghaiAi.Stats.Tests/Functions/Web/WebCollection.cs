namespace ShanghaiAi.Stats.Tests.Functions.Web;

/// <summary>The web page tests share one Chromium and run one after another (2 cores, one browser).</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<Chromium>
{
    public const string Name = "web pages in chromium";
}
