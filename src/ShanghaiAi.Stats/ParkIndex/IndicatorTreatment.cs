namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>What the outlier step did to one indicator.</summary>
/// <param name="Kind">none, winsorised or log.</param>
/// <param name="Points">Points winsorised (0 unless winsorised).</param>
/// <param name="Skewness">Skewness g1 of the observed values before treatment (NaN when not computed).</param>
/// <param name="Kurtosis">Excess kurtosis g2 before treatment (NaN when not computed).</param>
public sealed record IndicatorTreatment(string IndicatorCode, string Kind, int Points, double Skewness, double Kurtosis)
{
    public const string None = "none";
    public const string Winsorised = "winsorised";
    public const string Log = "log";
}
