namespace ShanghaiAi.Stats.Tests.Pipeline;

/// <summary>The demo tests share one small demo run (<see cref="DemoPipelineTests.SmallDemo"/>).</summary>
[CollectionDefinition(Name)]
public sealed class SmallDemoCollection : ICollectionFixture<DemoPipelineTests.SmallDemo>
{
    public const string Name = "small demo";
}
