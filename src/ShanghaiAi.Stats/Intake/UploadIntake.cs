using System.Globalization;
using System.Security.Cryptography;
using ShanghaiAi.Stats.Access;

namespace ShanghaiAi.Stats.Intake;

/// <summary>
/// Receives an upload: reads it (up to the size limit) while hashing it, stores the bytes as <c>files/{id}</c>, writes
/// its record (queued) and queues a message for ingestion, in that order, so that whatever a crash interrupts, a
/// message never names bytes that are not stored, and an upload whose message is lost (storage restarted) is marked
/// pending for <see cref="UploadSweep"/> to queue again. The same content from the same caller is the same upload: sent
/// again it is not stored twice, and it is queued again only if it is not finished.
/// </summary>
public sealed class UploadIntake(UploadRecords records, IMessageQueue queue, IntakeLimits limits, TimeProvider time)
{
    public async Task<IntakeResult> AcceptAsync(Caller caller, string kind, string fileName, Stream content, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(content);
        var buffer = new MemoryStream();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = new byte[1 << 16];
        int n;
        while ((n = await content.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > limits.MaxBytes)
            {
                return new IntakeResult(null, false, IntakeRefusal.TooLarge,
                    string.Create(CultureInfo.InvariantCulture, $"{fileName}: more than {limits.MaxBytes} bytes; expected at most {limits.MaxBytes} bytes [FILE-F02]"));
            }

            hash.AppendData(chunk, 0, n);
            buffer.Write(chunk, 0, n);
        }

        var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
        var owner = caller.ToString();
        var id = UploadIds.For(kind, owner, sha);
        var prior = await records.GetAsync(id, ct).ConfigureAwait(false);
        if (prior is { Status: UploadStatus.Processed or UploadStatus.Rejected })
        {
            return new IntakeResult(prior, false);
        }

        if (prior is null && await queue.CountAsync(ct).ConfigureAwait(false) >= limits.MaxQueued)
        {
            return new IntakeResult(null, false, IntakeRefusal.QueueFull,
                string.Create(CultureInfo.InvariantCulture, $"the upload queue holds {limits.MaxQueued} files waiting; retry later"));
        }

        var now = time.GetUtcNow();
        var message = new UploadMessage(id, kind, owner, DisplayName(fileName), sha, buffer.Length, prior?.ReceivedAt ?? now);
        if (prior is null)
        {
            buffer.Position = 0;
            await records.Blobs.PutAsync(UploadRecords.FileName(id), buffer, ct).ConfigureAwait(false);
        }

        var record = (prior ?? message.ToRecord(UploadStatus.Queued)) with { Status = UploadStatus.Queued, UpdatedAt = now };
        await records.SaveAsync(record, ct).ConfigureAwait(false);
        await records.MarkPendingAsync(id, ct).ConfigureAwait(false);
        await queue.SendAsync(message.ToJson(), ct).ConfigureAwait(false);
        return new IntakeResult(record, prior is null);
    }

    /// <summary>The file name as shown: its last segment, control characters dropped, at most 200 characters.</summary>
    public static string DisplayName(string? fileName)
    {
        var name = (fileName ?? string.Empty).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(ch => !char.IsControl(ch)).ToArray()).Trim();
        if (name.Length > 200)
        {
            name = name[^200..];
        }

        return name.Length == 0 || name is "." or ".." ? "upload" : name;
    }
}
