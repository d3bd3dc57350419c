namespace ShanghaiAi.Stats.Ingest;

/// <summary>A column of an upload kind: its canonical name, Chinese aliases, whether the file must have it.</summary>
public sealed record ColumnSpec(string Name, bool Required, IReadOnlyList<string> Aliases);
