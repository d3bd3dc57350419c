using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Close;

/// <summary>What one period close produced: the vintage, its cells and the counts (the release writes the files).</summary>
/// <param name="InScope">Enterprises in scope (classified into the AI sector, category != 00).</param>
/// <param name="Reported">Enterprises in scope with a current report for the period.</param>
/// <param name="ResponseRate">Reported / in scope x 100, one decimal; null when nothing is in scope.</param>
/// <param name="Imputed">Enterprises imputed (non-response, at most two consecutive months).</param>
/// <param name="FollowUps">Enterprises in scope neither reporting nor imputable: flagged for follow-up.</param>
/// <param name="ImputedShare">By indicator: the share (%) of the total's value_ytd that is imputed.</param>
/// <param name="PublicReleased">False for a January closed with 1-2月 combined publication (internal only).</param>
/// <param name="Timings">Wall time of each stage (scope, panel, aggregate, disclosure, store).</param>
public sealed record CloseResult(
    string VintageId,
    Period Period,
    int Sequence,
    DateTimeOffset CreatedAt,
    IReadOnlyList<IndicatorCell> Cells,
    int InScope,
    int Reported,
    decimal? ResponseRate,
    int Imputed,
    int FollowUps,
    IReadOnlyDictionary<string, decimal?> ImputedShare,
    bool PublicReleased,
    IReadOnlyDictionary<string, TimeSpan> Timings)
{
    /// <summary>Cells suppressed by a primary rule (A, O, T).</summary>
    public int PrimarySuppressed => Cells.Count(c => c.ConfStatus is "A" or "O" or "T");

    /// <summary>Cells suppressed to protect others (D), among them those held because they were suppressed last month.</summary>
    public int SecondarySuppressed => Cells.Count(c => c.ConfStatus == "D");

    /// <summary>Flow cells held back because they were suppressed last month (<see cref="AcrossMonths"/>).</summary>
    public int SuppressedAcrossMonths { get; init; }
}
