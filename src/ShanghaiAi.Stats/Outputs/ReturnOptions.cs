using ClosedXML.Excel;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// What a person fills in on the return (footer names, phone and date, written as text, never as formulas), a hook
/// through which other stages add their own sheets (e.g. the park index), using <see cref="ReturnSheetFrame"/>, and the
/// imputed share of each total from the close summary (printed in the notes and on the 说明 sheet).
/// </summary>
public sealed record ReturnOptions(
    string? UnitHead = null,
    string? StatisticsHead = null,
    string? Preparer = null,
    DateOnly? ReportDate = null,
    Action<IXLWorkbook>? AddSheets = null,
    string? Phone = null,
    IReadOnlyDictionary<string, decimal>? ImputedSharePct = null)
{
    public static ReturnOptions Default { get; } = new();
}
