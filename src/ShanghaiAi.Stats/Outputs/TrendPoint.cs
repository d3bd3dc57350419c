using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// One point of a trend chart as plotted: the period whose cell it comes from, its label on the axis ("2026年1-2月",
/// "3月", "1-9月"), the value in the cell's unit (千元 for money) and the comparable-basis growth (%), null when the cell
/// has none.
/// </summary>
public sealed record TrendPoint(Period Period, string Label, decimal? Value, decimal? YoyPct);
