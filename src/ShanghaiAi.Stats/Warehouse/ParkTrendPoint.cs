using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>A park's score and rank in one period (latest computation of that period, same method version).</summary>
public sealed record ParkTrendPoint(string ParkId, Period Period, double? Score, int? Rank);
