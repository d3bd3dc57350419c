using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Close;

/// <summary>One release of a period (row of <c>vintages</c>): e.g. 2026-09.v2, the second close of 2026-09.</summary>
public sealed record VintageInfo(string VintageId, Period Period, int Sequence, DateTime CreatedAt, string SettingsJson, string? SummaryJson);
