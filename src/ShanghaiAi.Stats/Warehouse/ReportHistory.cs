namespace ShanghaiAi.Stats.Warehouse;

/// <summary>A staged report beside the enterprise's current reports of the month before (null in January) and of the
/// same month a year before, for the history edits of form AI-1. Money in 千元.</summary>
internal sealed record ReportHistory(int Row, DateOnly Period, decimal? Revenue, decimal? AiRevenue, decimal? RevenuePrev,
    decimal? LastMonthRevenue, decimal? LastMonthAiRevenue, decimal? LastYearRevenue);
