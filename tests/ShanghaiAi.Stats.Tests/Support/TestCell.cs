namespace ShanghaiAi.Stats.Tests.Support;

/// <summary>One indicator cell of a vintage (table <c>indicator_cells</c>), for seeding a test warehouse.</summary>
public sealed record TestCell(
    string VintageId,
    DateOnly Period,
    string Indicator,
    string Breakdown,
    string BreakdownCode,
    decimal? Value,
    decimal? ValueYtd,
    decimal? YoyPct,
    string Unit,
    int Contributors = 5,
    string ObsStatus = "A",
    string ConfStatus = "F");
