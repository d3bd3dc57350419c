using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Close;

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

    /// <summary>Indicators that are themselves percentages: their change is read in percentage points (增减, 百分点).</summary>
    public static readonly IReadOnlySet<string> PercentIndicators = new HashSet<string>(StringComparer.Ordinal) { "ai_revenue_share", "rd_intensity", "response_rate" };

    /// <summary>For a percentage indicator, this year's ratio less last year's on the comparable basis, in points, one
    /// decimal (data-contracts.md <c>change_pp</c>); null on every other indicator and where either is undefined.</summary>
    public decimal? ChangePp => PercentIndicators.Contains(IndicatorCode) && ValueYtd is { } y && ValueYtdPrev is { } p
        ? Math.Round(y - p, 1, MidpointRounding.AwayFromZero)
        : null;

    /// <summary>True when the cell may be published with its values.</summary>
    public bool IsFree => ConfStatus == "F";
}
