namespace ShanghaiAi.Stats.Classify;

/// <summary>One row of keywords-YYYY.csv.</summary>
/// <param name="Term">The term as written in the standard (shown in evidence).</param>
/// <param name="Normalised">The term after <c>TextNormaliser</c> (what is matched).</param>
/// <param name="Category">The 4-digit category, or null for signal and exclusion terms.</param>
/// <param name="Lang">zh, en or mixed.</param>
public sealed record KeywordRule(string Term, string Normalised, KeywordKind Kind, string? Category, string Lang);
