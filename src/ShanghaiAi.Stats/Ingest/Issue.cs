namespace ShanghaiAi.Stats.Ingest;

/// <summary>One finding of a rule on one cell (or row, or file) of an upload.</summary>
/// <param name="Row">Row number as a spreadsheet shows it (JSON: the element number); 0 for the whole file.</param>
/// <param name="Column">Canonical column name, or null for the whole row.</param>
/// <param name="Header">The header as written in the file.</param>
/// <param name="Value">The value found (cut to 100 characters).</param>
public sealed record Issue(
    int Row,
    string? Column,
    string? Header,
    string? Value,
    string RuleId,
    RuleSeverity Severity,
    string MessageEn,
    string MessageZh);
