namespace ShanghaiAi.Stats.Classify;

/// <summary>One row of the concordance to GB/T 4754-2017: a category and a class, wholly or partly in the AI sector.</summary>
public sealed record ConcordanceEntry(string Category, string GbtClass, bool Whole, string? Note);
