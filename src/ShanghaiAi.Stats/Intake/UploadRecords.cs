using System.Text.Json;

namespace ShanghaiAi.Stats.Intake;

/// <summary>Upload records as JSON blobs <c>records/{id}.json</c>, beside the archived bytes <c>files/{id}</c> and the
/// validation reports <c>reports/{id}.json|.xlsx</c>.</summary>
public sealed class UploadRecords(IBlobStore blobs)
{
    public static string RecordName(string id) => $"records/{id}.json";

    public static string FileName(string id) => $"files/{id}";

    public static string ReportName(string id, string ext) => $"reports/{id}.{ext}";

    public IBlobStore Blobs => blobs;

    public async Task<UploadRecord?> GetAsync(string id, CancellationToken ct = default)
    {
        if (!UploadIds.IsWellFormed(id))
        {
            return null;
        }

        var bytes = await blobs.GetAsync(RecordName(id), ct).ConfigureAwait(false);
        return bytes is null ? null : JsonSerializer.Deserialize<UploadRecord>(bytes);
    }

    public async Task SaveAsync(UploadRecord record, CancellationToken ct = default)
    {
        using var s = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(record));
        await blobs.PutAsync(RecordName(record.UploadId), s, ct).ConfigureAwait(false);
    }

    /// <summary>Every record, newest first (the caller filters by owner and pages).</summary>
    public async Task<IReadOnlyList<UploadRecord>> AllAsync(CancellationToken ct = default)
    {
        var list = new List<UploadRecord>();
        foreach (var name in await blobs.ListAsync("records/", ct).ConfigureAwait(false))
        {
            if (await blobs.GetAsync(name, ct).ConfigureAwait(false) is { } b)
            {
                list.Add(JsonSerializer.Deserialize<UploadRecord>(b)!);
            }
        }

        return list.OrderByDescending(r => r.ReceivedAt).ThenBy(r => r.UploadId, StringComparer.Ordinal).ToList();
    }
}
