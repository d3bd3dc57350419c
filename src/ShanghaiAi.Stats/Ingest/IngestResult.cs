namespace ShanghaiAi.Stats.Ingest;

/// <summary>What an upload came to. <c>Accepted + Rejected + Duplicates = DataRows</c> always.</summary>
/// <param name="Replayed">True when the same file (same kind and actor) had been ingested before and this is its earlier result.</param>
/// <param name="Warnings">Soft-rule warnings raised on accepted rows.</param>
/// <param name="Issues">The problems found, in row order: every one up to <see cref="IngestOptions.ResultIssues"/>, else the
/// first that many (the reports list them all; empty on a replay: read the JSON report).</param>
/// <param name="Unchanged">Accepted rows equal to what the warehouse already held for their key: no new revision.</param>
/// <param name="OutsideAuthorityRows">See <see cref="OutsideAuthority"/>; given when <see cref="Issues"/> is not every issue.</param>
public sealed record IngestResult(
    string UploadId,
    string Kind,
    string FileName,
    string Sha256,
    int DataRows,
    int Accepted,
    int Rejected,
    int Duplicates,
    int Warnings,
    bool Replayed,
    string JsonReportPath,
    string XlsxReportPath,
    IReadOnlyList<Issue> Issues,
    int Unchanged = 0,
    IReadOnlyList<int>? OutsideAuthorityRows = null)
{
    /// <summary>The rows rejected because they lie outside the sender's authority (AUTH-H rules), in row order; empty on
    /// a replay (the JSON report's <c>outside_authority</c> keeps them).</summary>
    public IReadOnlyList<int> OutsideAuthority
        => OutsideAuthorityRows ?? Issues.Where(i => i.RuleId.StartsWith("AUTH-H", StringComparison.Ordinal)).Select(i => i.Row).Distinct().Order().ToList();
}
