namespace ShanghaiAi.Stats.Classify;

/// <summary>A statistician's decision on one enterprise's category (rule 4); beats the rules until superseded.</summary>
/// <param name="Category">A 4-digit category or 00 (out of the AI sector).</param>
public sealed record ClassificationOverride(string Uscc, string Category, string Reason, string DecidedBy, DateTimeOffset DecidedAt);
