namespace ShanghaiAi.Stats.Ingest;

/// <summary>What an upload came to. <c>Accepted + Rejected + Duplicates = DataRows</c> always.</summary>
/// <param name="Replayed">True when the same file (same kind and actor) had been ingested before and this is its earlier result.</param>
/// <param name="Warnings">Soft-rule warnings raised on accepted rows.</param>
/// <param name="Issues">Every problem found (empty on a replay: read the JSON report).</param>
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
    IReadOnlyList<Issue> Issues)
{
    /// <summary>The rows rejected because they lie outside the sender's authority (AUTH-H rules), in row order; empty on
    /// a replay (the JSON report's <c>outside_authority</c> keeps them).</summary>
    public IReadOnlyList<int> OutsideAuthority
        => Issues.Where(i => i.RuleId.StartsWith("AUTH-H", StringComparison.Ordinal)).Select(i => i.Row).Distinct().Order().ToList();
}
