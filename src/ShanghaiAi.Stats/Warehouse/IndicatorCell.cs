using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>
/// One cell of the indicator table (data-contracts.md "Outputs"): an indicator for one breakdown member in one
/// period of one vintage. Values are null where undefined; the public variant blanks cells whose
/// <see cref="ConfStatus"/> is not F.
/// </summary>
/// <param name="Value">The month's own value for flows (YTD difference; January = YTD), the period-end value for stocks.</param>
/// <param name="ValueYtdPrev">The comparable-basis denominator: the sum of the contributors' own 上年同期.</param>
/// <param name="ObsStatus">SDMX observation status: A normal, E estimated, P provisional.</param>
/// <param name="ConfStatus">F free, A too few contributors, O/T dominance by one/two, D secondary suppression.</param>
public sealed record IndicatorCell(
    string Vintage,
    Period Period,
    string IndicatorCode,
    string Breakdown,
    string BreakdownCode,
    decimal? Value,
    decimal? ValueYtd,
    decimal? ValueYtdPrev,
    decimal? YoyPct,
    string Unit,
    int Contributors,
    string ObsStatus,
    string ConfStatus)
{
    /// <summary>The breakdowns of the contract, in publication order.</summary>
    public static readonly IReadOnlyList<string> Breakdowns =
        ["total", "district", "category_l1", "category", "park", "size_class", "ai_enterprise"];

    /// <summary>True when the cell may be published with its values.</summary>
    public bool IsFree => ConfStatus == "F";
}
