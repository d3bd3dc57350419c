namespace ShanghaiAi.Stats.Warehouse;

/// <summary>One row of the warehouse's <c>uploads</c> table: an upload as the ingest recorded it, whoever sent it
/// (the CLI, the demo pipeline or the functions app).</summary>
/// <param name="Status">As stored: received | loaded | rejected-file | failed.</param>
/// <param name="Role">The sender's role name (statistician, association, park, enterprise).</param>
/// <param name="Actor">The sender's scope (association id, park id, credit code) or, for the statistician, the user.</param>
public sealed record LoggedUpload(
    string UploadId,
    string Sha256,
    string Kind,
    string FileName,
    string Role,
    string Actor,
    DateTime ReceivedAt,
    string Status,
    int? Rows,
    int? Accepted,
    int? Rejected,
    int? Duplicates);
