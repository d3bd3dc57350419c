namespace ShanghaiAi.Stats.Classify;

/// <summary>The explanatory note (说明) of a category: definition, what it includes and excludes.</summary>
public sealed record CategoryNote(string Code, string DefinitionZh, string DefinitionEn, string? IncludesZh, string? ExcludesZh);
