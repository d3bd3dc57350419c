namespace ShanghaiAi.Stats.Pipeline;

/// <summary>Progress of one step of the demo: <paramref name="Done"/> of <paramref name="Total"/> units.</summary>
public sealed record DemoStep(string Name, int Done, int Total);
