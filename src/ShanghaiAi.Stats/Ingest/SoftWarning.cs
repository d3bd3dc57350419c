namespace ShanghaiAi.Stats.Ingest;

/// <summary>A soft-rule warning on an accepted row of an upload, with the decision in force (null = open).</summary>
public sealed record SoftWarning(
    string UploadId,
    string FileName,
    int Row,
    string RuleId,
    string? Column,
    string? Value,
    string MessageEn,
    string MessageZh,
    string? Decision,
    string? DecidedBy);
