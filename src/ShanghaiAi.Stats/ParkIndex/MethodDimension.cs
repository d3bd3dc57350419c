namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>One dimension of the index (A-F), its weight in the index and its indicators.</summary>
public sealed record MethodDimension(
    string Code,
    string NameZh,
    string NameEn,
    double Weight,
    IReadOnlyList<MethodIndicator> Indicators);
