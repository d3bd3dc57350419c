namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>One value of an indicator cell: <c>indicator_code.field</c>, e.g. <c>ai_revenue.value_ytd</c>.</summary>
/// <param name="Field">value, value_ytd, value_ytd_prev or yoy_pct.</param>
public readonly record struct CellRef(string IndicatorCode, string Field)
{
    /// <summary>The fields of an indicator cell an index indicator may use.</summary>
    public static readonly IReadOnlyList<string> Fields = ["value", "value_ytd", "value_ytd_prev", "yoy_pct"];

    public override string ToString() => IndicatorCode + "." + Field;
}
