namespace ShanghaiAi.Stats.Reference;

/// <summary>A Shanghai county-level division. A retired one names its active successor.</summary>
public sealed record District(string Code, string NameZh, string NameEn, bool Active, string? Successor, DateOnly? RetiredOn);
