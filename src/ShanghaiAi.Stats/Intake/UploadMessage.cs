using System.Text.Json;
using System.Text.Json.Serialization;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Intake;

/// <summary>The queue message of an upload: enough to rebuild its record if the record was never written.</summary>
public sealed record UploadMessage(
    [property: JsonPropertyName("upload_id")] string UploadId,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("owner")] string Owner,
    [property: JsonPropertyName("file_name")] string FileName,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("bytes")] long Bytes,
    [property: JsonPropertyName("received_at")] DateTimeOffset ReceivedAt)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static UploadMessage Parse(string body)
    {
        try
        {
            var m = JsonSerializer.Deserialize<UploadMessage>(body);
            if (m is null || !UploadIds.IsWellFormed(m.UploadId ?? string.Empty))
            {
                throw new StatsException($"upload message: expected {{\"upload_id\": \"up-…\", ...}}, found '{Cut(body)}'");
            }

            return m;
        }
        catch (JsonException e)
        {
            throw new StatsException($"upload message: not valid JSON ({e.Message}), found '{Cut(body)}'", e);
        }
    }

    public UploadRecord ToRecord(string status) => new()
    {
        UploadId = UploadId, Kind = Kind, Status = status, Owner = Owner, FileName = FileName, Sha256 = Sha256, Bytes = Bytes,
        ReceivedAt = ReceivedAt, UpdatedAt = ReceivedAt,
    };

    private static string Cut(string s) => s.Length <= 100 ? s : s[..100];
}
