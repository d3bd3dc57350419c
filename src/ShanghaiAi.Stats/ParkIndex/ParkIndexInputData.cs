using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>The raw inputs of one index computation.</summary>
/// <param name="ReportPeriods">Per park, the period of the park report used (null when none within 3 months).</param>
/// <param name="FreeParkCells">Number of park cells of the vintage with conf_status F that were read.</param>
public sealed record ParkIndexInputData(IndicatorMatrix Matrix, IReadOnlyDictionary<string, Period?> ReportPeriods, int FreeParkCells);
