namespace ShanghaiAi.Stats.Outputs;

/// <summary>An item waiting for a statistician (a soft-edit warning, a classification to confirm, a non-respondent).</summary>
public sealed record DashboardReviewItem(string Id, string Kind, string Subject, string Message, string Status);
