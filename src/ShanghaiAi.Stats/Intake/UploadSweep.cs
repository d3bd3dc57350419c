namespace ShanghaiAi.Stats.Intake;

/// <summary>
/// Queues again the uploads that are still unfinished (queued or processing) and have not moved for
/// <c>staleAfter</c>: their message was lost (a storage service restarted without saving it) or is hidden behind a
/// delivery that never came back. Processing is idempotent (a finished upload is left as it is, the core replays a
/// loaded file), so a message sent twice costs a little time and loads nothing twice. The stale time should exceed
/// the function timeout, after which a hidden message comes back on its own.
/// </summary>
public sealed class UploadSweep(UploadRecords records, IMessageQueue queue, TimeProvider time)
{
    /// <summary>The ids queued again.</summary>
    public async Task<IReadOnlyList<string>> RequeueStaleAsync(TimeSpan staleAfter, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var requeued = new List<string>();
        foreach (var id in await records.PendingAsync(ct).ConfigureAwait(false))
        {
            var record = await records.GetAsync(id, ct).ConfigureAwait(false);
            if (record is null || record.Status is UploadStatus.Processed or UploadStatus.Rejected or UploadStatus.Poisoned)
            {
                await records.ClearPendingAsync(id, ct).ConfigureAwait(false);
                continue;
            }

            if (now - record.UpdatedAt < staleAfter)
            {
                continue;
            }

            var message = new UploadMessage(record.UploadId, record.Kind, record.Owner, record.FileName, record.Sha256, record.Bytes, record.ReceivedAt);
            await records.SaveAsync(record with { Status = UploadStatus.Queued, UpdatedAt = now }, ct).ConfigureAwait(false);
            await queue.SendAsync(message.ToJson(), ct).ConfigureAwait(false);
            requeued.Add(id);
        }

        return requeued;
    }
}
