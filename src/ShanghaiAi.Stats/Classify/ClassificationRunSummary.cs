namespace ShanghaiAi.Stats.Classify;

/// <summary>What one classification run did.</summary>
/// <param name="Classified">Enterprises classified (current register rows).</param>
/// <param name="ByCategory">Enterprises per primary category (4 digits, or 00), in code order.</param>
public sealed record ClassificationRunSummary(
    string Edition,
    DateTimeOffset ClassifiedAt,
    int Classified,
    int InScope,
    int AiEnterprises,
    int Review,
    int Overridden,
    int Superseded,
    IReadOnlyDictionary<string, int> ByCategory);
