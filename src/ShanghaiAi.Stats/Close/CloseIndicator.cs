namespace ShanghaiAi.Stats.Close;

/// <summary>
/// How one reported indicator of form AI-1 enters a close: its column in <c>reports</c>, its 上年同期 column (only
/// four flows carry one on the form), flow or stock, and whose responders' growth imputes it.
/// </summary>
/// <param name="Code">The indicator code of the contract (data-contracts.md).</param>
/// <param name="Column">The reported column: YTD for flows, period-end for stocks.</param>
/// <param name="PrevColumn">The enterprise's own reported 上年同期, when the form has one.</param>
/// <param name="GrowthFrom">The indicator whose responders' growth imputes this one (keeps ai_revenue = its parts;
/// profit, which can change sign, grows with revenue).</param>
internal sealed record CloseIndicator(string Code, string Column, string? PrevColumn, bool IsStock, bool IsInteger, string GrowthFrom)
{
    /// <summary>The reported indicators, in catalogue order.</summary>
    public static readonly IReadOnlyList<CloseIndicator> Reported =
    [
        new("revenue", "revenue_ytd", "revenue_ytd_prev", false, false, "revenue"),
        new("ai_revenue", "ai_revenue_ytd", "ai_revenue_ytd_prev", false, false, "ai_revenue"),
        new("ai_software", "ai_software_ytd", null, false, false, "ai_revenue"),
        new("ai_services", "ai_services_ytd", null, false, false, "ai_revenue"),
        new("ai_products", "ai_products_ytd", null, false, false, "ai_revenue"),
        new("profit", "profit_ytd", "profit_ytd_prev", false, false, "revenue"),
        new("rd_expense", "rd_expense_ytd", "rd_expense_ytd_prev", false, false, "rd_expense"),
        new("employees", "employees_end", null, true, true, "employees"),
        new("rd_staff", "rd_staff_end", null, true, true, "employees"),
        new("ai_patents", "ai_patents_ytd", null, false, true, "ai_patents"),
        new("compute_used", "compute_used_ytd", null, false, false, "compute_used"),
    ];

    /// <summary>Ratios of sums: code, numerator, denominator, scale.</summary>
    public static readonly IReadOnlyList<(string Code, string Numerator, string Denominator, decimal Scale)> Ratios =
    [
        ("ai_revenue_share", "ai_revenue", "revenue", 100m),
        ("rd_intensity", "rd_expense", "revenue", 100m),
        ("revenue_per_employee", "revenue", "employees", 1m),
    ];

    /// <summary>The enterprise counts published with each close (never suppressed).</summary>
    public static readonly IReadOnlyList<string> Counts = ["enterprises_in_scope", "enterprises_reported", "response_rate"];

    /// <summary>Every indicator code of the table, in publication order.</summary>
    public static readonly IReadOnlyList<string> AllCodes =
        [.. Reported.Select(r => r.Code), .. Ratios.Select(r => r.Code), .. Counts];

    /// <summary>The components that sum to ai_revenue (form rule: within 1 千元).</summary>
    public static readonly IReadOnlyList<string> AiRevenueParts = ["ai_software", "ai_services", "ai_products"];
}
