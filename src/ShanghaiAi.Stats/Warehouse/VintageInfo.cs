using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>One vintage of a period (row of <c>vintages</c>): e.g. 2026-09.v2, the second close of 2026-09.</summary>
/// <param name="ReleasedAt">When its release (every output file) was complete and moved in place; null while it is not.</param>
public sealed record VintageInfo(string VintageId, Period Period, int Sequence, DateTime CreatedAt, string SettingsJson, string? SummaryJson,
    DateTime? ReleasedAt = null)
{
    /// <summary>True once the files of the vintage are complete (<see cref="VintageStore.MarkReleased"/>).</summary>
    public bool IsReleased => ReleasedAt is not null;
}
