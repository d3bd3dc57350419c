namespace ShanghaiAi.Stats.Pipeline;

/// <summary>The files the demo's output stage wrote (paths relative to the demo folder).</summary>
public sealed record DemoOutputs(IReadOnlyList<string> Files);
