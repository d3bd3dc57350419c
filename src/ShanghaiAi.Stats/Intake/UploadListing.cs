using System.Text.Json.Serialization;

namespace ShanghaiAi.Stats.Intake;

/// <summary>
/// One upload in the list of every upload (<see cref="UploadOverview"/>): sent through the app (<see cref="Source"/>
/// <c>api</c>, its status from the app's record) or loaded by the CLI or the demo pipeline (<c>cli</c>, its status from
/// the warehouse's uploads table).
/// </summary>
public sealed record UploadListing
{
    public const string Api = "api";

    public const string Cli = "cli";

    [JsonPropertyName("upload_id")]
    public required string UploadId { get; init; }

    [JsonPropertyName("source")]
    public required string Source { get; init; }

    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    /// <summary>One of <see cref="UploadStatus"/>'s values.</summary>
    [JsonPropertyName("status")]
    public required string Status { get; init; }

    /// <summary>The sender, <c>ROLE</c> or <c>ROLE:SCOPE</c>.</summary>
    [JsonPropertyName("owner")]
    public required string Owner { get; init; }

    [JsonPropertyName("file_name")]
    public required string FileName { get; init; }

    [JsonPropertyName("received_at")]
    public DateTimeOffset ReceivedAt { get; init; }

    [JsonPropertyName("accepted")]
    public int? Accepted { get; init; }

    [JsonPropertyName("rejected")]
    public int? Rejected { get; init; }

    [JsonPropertyName("duplicates")]
    public int? Duplicates { get; init; }

    [JsonPropertyName("rows")]
    public int? Rows { get; init; }

    /// <summary>The warehouse's id of the upload (the id of its validation report), once ingested.</summary>
    [JsonPropertyName("ingest_id")]
    public string? IngestId { get; init; }
}
