using ClosedXML.Excel;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// What a person fills in on the return (footer names and date, written as text, never as formulas) and a hook
/// through which other stages add their own sheets (e.g. the park index), using <see cref="ReturnSheetFrame"/>.
/// </summary>
public sealed record ReturnOptions(
    string? UnitHead = null,
    string? StatisticsHead = null,
    string? Preparer = null,
    DateOnly? ReportDate = null,
    Action<IXLWorkbook>? AddSheets = null)
{
    public static ReturnOptions Default { get; } = new();
}
