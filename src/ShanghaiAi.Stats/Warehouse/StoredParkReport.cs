using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>A park's current report as read for the park index: its period and the asked-for fields (ethics_review as
/// 1 or 0; NaN = not reported).</summary>
public sealed record StoredParkReport(string ParkId, Period Period, IReadOnlyDictionary<string, double> Values);
