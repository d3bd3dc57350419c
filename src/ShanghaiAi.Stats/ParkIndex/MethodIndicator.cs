namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>One indicator of the index framework.</summary>
/// <param name="Direction">+1 when more is better, -1 when less is better (e.g. PUE).</param>
/// <param name="Weight">Weight within its dimension; the weights of a dimension sum to 1.</param>
/// <param name="GoalLow">Lower goalpost (distance-to-target normalisation), in the indicator's unit.</param>
/// <param name="GoalHigh">Upper goalpost.</param>
public sealed record MethodIndicator(
    string Code,
    string NameZh,
    string NameEn,
    string Unit,
    int Direction,
    double Weight,
    IndicatorSource Source,
    double? GoalLow,
    double? GoalHigh);
