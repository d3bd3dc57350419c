namespace ShanghaiAi.Stats.Close;

/// <summary>
/// One aggregated cell as DuckDB returns it: an indicator for one breakdown member. <see cref="Code"/> is null for
/// the residual of a breakdown (e.g. enterprises in no park): never published, but part of the disclosure
/// relations. Top1/Top2/SumAbs are absolute contributions for the dominance rule (Top2 is
/// filled only where Top1 alone cannot settle it, see <see cref="CellAggregator.NeedsTop2"/>).
/// </summary>
internal sealed record AggregateRow(
    string Indicator,
    string Breakdown,
    string? Code,
    string? ParentCode,
    decimal? Value,
    decimal? Ytd,
    decimal? YtdPrev,
    int Contributors,
    int InScope,
    int Reported,
    int Imputed,
    int Missing,
    int PrevWarnings,
    decimal SumAbs,
    decimal Top1,
    decimal Top2,
    decimal ImputedYtd,
    bool Estimated);
