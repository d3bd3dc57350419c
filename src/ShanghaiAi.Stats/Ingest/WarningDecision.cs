namespace ShanghaiAi.Stats.Ingest;

/// <summary>A statistician's decision on one soft warning: <see cref="Confirmed"/> (the value stands) or
/// <see cref="SentBack"/> (the reporter must correct it and upload a revision).</summary>
public sealed record WarningDecision(string UploadId, int Row, string RuleId, string Decision, string DecidedBy, string? Note = null)
{
    public const string Confirmed = "confirmed";

    public const string SentBack = "sent-back";
}
