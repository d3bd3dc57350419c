using System.Text.Json.Serialization;

namespace ShanghaiAi.Stats.Intake;

/// <summary>
/// What the app knows of one upload, as <c>GET /api/uploads/{id}</c> shows it: queued on receipt, processing while
/// ingested, then processed (rows loaded, some perhaps rejected), rejected (the file itself could not be used) or
/// poisoned (ingestion failed maxDequeueCount times; <see cref="Error"/> says why).
/// </summary>
public sealed record UploadRecord
{
    [JsonPropertyName("upload_id")]
    public required string UploadId { get; init; }

    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("status")]
    public required string Status { get; init; }

    /// <summary>The caller who sent it, <c>ROLE</c> or <c>ROLE:SCOPE</c>.</summary>
    [JsonPropertyName("owner")]
    public required string Owner { get; init; }

    /// <summary>The name the caller gave the file (shown, never used as a path).</summary>
    [JsonPropertyName("file_name")]
    public required string FileName { get; init; }

    [JsonPropertyName("sha256")]
    public required string Sha256 { get; init; }

    [JsonPropertyName("bytes")]
    public long Bytes { get; init; }

    [JsonPropertyName("received_at")]
    public DateTimeOffset ReceivedAt { get; init; }

    [JsonPropertyName("updated_at")]
    public DateTimeOffset UpdatedAt { get; init; }

    [JsonPropertyName("attempts")]
    public long Attempts { get; init; }

    [JsonPropertyName("accepted")]
    public int? Accepted { get; init; }

    [JsonPropertyName("rejected")]
    public int? Rejected { get; init; }

    [JsonPropertyName("duplicates")]
    public int? Duplicates { get; init; }

    [JsonPropertyName("rows")]
    public int? Rows { get; init; }

    [JsonPropertyName("warnings")]
    public int? Warnings { get; init; }

    /// <summary>The warehouse's id of the ingested upload (its validation report is named after it).</summary>
    [JsonPropertyName("ingest_id")]
    public string? IngestId { get; init; }

    /// <summary>The last failure (a poisoned upload: why it was given up).</summary>
    [JsonPropertyName("error")]
    public string? Error { get; init; }

    [JsonPropertyName("problems")]
    public IReadOnlyList<UploadProblem> Problems { get; init; } = [];

    /// <summary>True once nothing more will happen to it.</summary>
    [JsonIgnore]
    public bool IsFinal => Status is UploadStatus.Processed or UploadStatus.Rejected or UploadStatus.Poisoned;
}
