namespace ShanghaiAi.Stats.Reference;

/// <summary>An indicator of the catalogue of form AI-1.</summary>
public sealed record Indicator(
    string Code,
    string NameZh,
    string NameEn,
    string UnitZh,
    string UnitEn,
    IndicatorKind Kind,
    string? Numerator,
    string? Denominator,
    decimal Scale,
    int Decimals);
