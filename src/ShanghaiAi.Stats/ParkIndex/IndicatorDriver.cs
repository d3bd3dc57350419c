namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>An indicator that lifts (Points &gt; 0) or pulls down (Points &lt; 0) a park's score against the median park.</summary>
public sealed record IndicatorDriver(string IndicatorCode, string NameZh, string NameEn, double Points);
