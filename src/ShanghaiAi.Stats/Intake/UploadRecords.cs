using System.Text.Json;

namespace ShanghaiAi.Stats.Intake;

/// <summary>Upload records as JSON blobs <c>records/{id}.json</c>, beside the archived bytes <c>files/{id}</c>, the
/// validation reports <c>reports/{id}.json|.xlsx</c> and, while the upload is not finished, a marker <c>pending/{id}</c>
/// (so that the sweep reads only unfinished uploads).</summary>
public sealed class UploadRecords(IBlobStore blobs)
{
    public static string RecordName(string id) => $"records/{id}.json";

    public static string FileName(string id) => $"files/{id}";

    public static string ReportName(string id, string ext) => $"reports/{id}.{ext}";

    public static string PendingName(string id) => $"pending/{id}";

    public IBlobStore Blobs => blobs;

    /// <summary>Marks the upload unfinished (before its message is sent).</summary>
    public Task MarkPendingAsync(string id, CancellationToken ct = default) =>
        blobs.PutAsync(PendingName(id), new MemoryStream([]), ct);

    /// <summary>The upload is finished (processed, rejected or poisoned): the sweep no longer looks at it.</summary>
    public Task ClearPendingAsync(string id, CancellationToken ct = default) => blobs.DeleteAsync(PendingName(id), ct);

    /// <summary>The ids of the uploads marked unfinished.</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct = default) =>
        (await blobs.ListAsync("pending/", ct).ConfigureAwait(false)).Select(n => n["pending/".Length..]).ToList();

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
