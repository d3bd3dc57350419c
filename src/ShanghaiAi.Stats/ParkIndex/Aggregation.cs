namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>How normalised indicators are combined within a dimension and dimensions into the index (step 4).</summary>
public enum Aggregation
{
    /// <summary>Weighted arithmetic mean (fully compensatory).</summary>
    Arithmetic,

    /// <summary>Weighted geometric mean of (value + offset), minus the offset (partly compensatory).</summary>
    Geometric,
}
