namespace ShanghaiAi.Stats.Reference;

/// <summary>How an indicator of form AI-1 is reported and aggregated.</summary>
public enum IndicatorKind
{
    /// <summary>Reported year-to-date; the month's value is a YTD difference.</summary>
    Flow,

    /// <summary>A period-end value.</summary>
    Stock,

    /// <summary>A ratio of sums of two other indicators.</summary>
    Ratio,

    /// <summary>Enterprise counts and the response rate.</summary>
    Count,
}
