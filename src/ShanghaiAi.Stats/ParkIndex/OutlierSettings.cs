namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>
/// Outlier treatment (step 2): an indicator with |skewness| above <see cref="SkewThreshold"/> and excess kurtosis
/// above <see cref="KurtosisThreshold"/> is winsorised one point at a time, up to <see cref="MaxWinsorised"/>
/// points; if that is not enough it is log-transformed instead. Indicators with fewer than <see cref="MinParks"/>
/// observed values, or only two distinct values, are left alone.
/// </summary>
public sealed record OutlierSettings(double SkewThreshold, double KurtosisThreshold, int MaxWinsorised, int MinParks);
