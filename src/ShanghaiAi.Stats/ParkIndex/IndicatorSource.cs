namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>
/// The source of an index indicator: a park-report column (<see cref="Field"/>), a cell value or a ratio of two cell
/// values times <see cref="Scale"/>, or a register measure (<see cref="Measure"/> size_class_share with
/// <see cref="MatchValue"/> 规上: the share in % of the park's AI enterprises in that size class).
/// </summary>
public sealed record IndicatorSource(
    IndicatorSourceType Type,
    string? Field,
    CellRef? Numerator,
    CellRef? Denominator,
    double Scale,
    string? Measure,
    string? MatchValue)
{
    public static IndicatorSource ParkReport(string field) => new(IndicatorSourceType.ParkReport, field, null, null, 1, null, null);

    public static IndicatorSource Cells(CellRef numerator, CellRef? denominator = null, double scale = 1)
        => new(IndicatorSourceType.Cells, null, numerator, denominator, scale, null, null);

    public static IndicatorSource SizeClassShare(string sizeClass)
        => new(IndicatorSourceType.Register, null, null, null, 100, "size_class_share", sizeClass);

    /// <summary>A short description for documentation and flags.</summary>
    public string Describe() => Type switch
    {
        IndicatorSourceType.ParkReport => "park_report." + Field,
        IndicatorSourceType.Cells => Denominator is { } d
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Numerator} / {d} x {Scale}")
            : Numerator.ToString()!,
        _ => $"register.{Measure}({MatchValue})",
    };
}
