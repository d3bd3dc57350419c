using System.Text.Json.Serialization;

namespace ShanghaiAi.Stats.Intake;

/// <summary>A requested period close as <c>GET /api/closes/{id}</c> shows it: queued, running, done (with its vintage)
/// or failed (with the reason).</summary>
public sealed record CloseJob
{
    [JsonPropertyName("close_id")]
    public required string CloseId { get; init; }

    [JsonPropertyName("period")]
    public required string Period { get; init; }

    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("requested_by")]
    public required string RequestedBy { get; init; }

    [JsonPropertyName("requested_at")]
    public DateTimeOffset RequestedAt { get; init; }

    [JsonPropertyName("updated_at")]
    public DateTimeOffset UpdatedAt { get; init; }

    [JsonPropertyName("vintage")]
    public string? Vintage { get; init; }

    [JsonPropertyName("error")]
    public string? Error { get; init; }

    [JsonPropertyName("files")]
    public IReadOnlyList<string> Files { get; init; } = [];
}
