namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>Where an indicator of the index comes from.</summary>
public enum IndicatorSourceType
{
    /// <summary>A column of the park report (园区监测), the park's latest report within the last 3 months.</summary>
    ParkReport,

    /// <summary>The close's disclosure-safe indicator cells with breakdown 'park' (conf_status F only).</summary>
    Cells,

    /// <summary>A count from the warehouse: current classifications joined with the current register.</summary>
    Register,
}
