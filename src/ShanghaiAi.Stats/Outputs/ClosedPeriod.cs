namespace ShanghaiAi.Stats.Outputs;

/// <summary>A closed period and its vintages, oldest first (the last one is in force). No figure, only names.</summary>
public sealed record ClosedPeriod(string Period, IReadOnlyList<string> Vintages);
