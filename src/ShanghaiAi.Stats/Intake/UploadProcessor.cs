using System.Globalization;
using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;

namespace ShanghaiAi.Stats.Intake;

/// <summary>
/// Ingests one queued upload through the core (<see cref="IngestService"/>, the warehouse's single writer). Safe to run
/// twice for the same message: a finished upload is left as it is, and the core replays a file it has loaded, so a
/// delivery repeated after a crash loads nothing twice. A failure is recorded on the upload and thrown, so that the
/// host retries the message; on the last delivery (<c>maxDequeueCount</c>) the upload is marked poisoned with the
/// reason before the host moves the message to the poison queue.
/// </summary>
public sealed class UploadProcessor(UploadRecords records, Func<IngestRequest, IngestResult> ingest, TimeProvider time)
{
    /// <summary>Most problems listed in the status; the report holds them all.</summary>
    public const int MaxProblemsShown = 500;

    public async Task<UploadRecord> ProcessAsync(string body, long dequeueCount, int maxDequeueCount, CancellationToken ct = default)
    {
        var message = UploadMessage.Parse(body);
        var record = await records.GetAsync(message.UploadId, ct).ConfigureAwait(false) ?? message.ToRecord(UploadStatus.Queued);
        if (record.Status is UploadStatus.Processed or UploadStatus.Rejected or UploadStatus.Poisoned)
        {
            await records.ClearPendingAsync(record.UploadId, ct).ConfigureAwait(false);
            return record;
        }

        record = record with { Status = UploadStatus.Processing, Attempts = dequeueCount, UpdatedAt = time.GetUtcNow() };
        await records.SaveAsync(record, ct).ConfigureAwait(false);
        try
        {
            var done = await RunAsync(record, ct).ConfigureAwait(false);
            await records.SaveAsync(done, ct).ConfigureAwait(false);
            await records.ClearPendingAsync(record.UploadId, ct).ConfigureAwait(false);
            return done;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var last = dequeueCount >= maxDequeueCount;
            var reason = string.Create(CultureInfo.InvariantCulture,
                $"attempt {dequeueCount} of {maxDequeueCount} failed: {e.GetType().Name}: {e.Message}");
            await records.SaveAsync(record with
            {
                Status = last ? UploadStatus.Poisoned : UploadStatus.Queued,
                Error = last ? "poisoned after " + reason : reason,
                UpdatedAt = time.GetUtcNow(),
            }, ct).ConfigureAwait(false);
            if (last)
            {
                await records.ClearPendingAsync(record.UploadId, ct).ConfigureAwait(false);
            }

            throw;
        }
    }

    private async Task<UploadRecord> RunAsync(UploadRecord record, CancellationToken ct)
    {
        var bytes = await records.Blobs.GetAsync(UploadRecords.FileName(record.UploadId), ct).ConfigureAwait(false)
                    ?? throw new StatsException($"upload {record.UploadId}: its stored file {UploadRecords.FileName(record.UploadId)} is missing");
        var caller = Caller.Parse(record.Owner);
        var dir = Path.Combine(Path.GetTempPath(), "aistats-intake-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            // The caller's file name is shown in the reports; on disk it is reduced to safe characters in a fresh folder.
            var path = Path.Combine(dir, SafeName(record.FileName));
            await File.WriteAllBytesAsync(path, bytes, ct).ConfigureAwait(false);
            IngestResult r;
            try
            {
                r = ingest(new IngestRequest(record.Kind, path, Caller.Name(caller.Role), caller.Scope ?? "api"));
            }
            catch (StatsException e)
            {
                return record with
                {
                    Status = UploadStatus.Rejected, Error = e.Message, UpdatedAt = time.GetUtcNow(),
                    Problems = [new UploadProblem(0, null, null, FileRejection.RuleOf(e) ?? "FILE", "hard", e.Message, e.Message)],
                };
            }

            await CopyReport(record.UploadId, r.JsonReportPath, "json", ct).ConfigureAwait(false);
            await CopyReport(record.UploadId, r.XlsxReportPath, "xlsx", ct).ConfigureAwait(false);
            return record with
            {
                Status = UploadStatus.Processed, Error = null, UpdatedAt = time.GetUtcNow(), IngestId = r.UploadId,
                Accepted = r.Accepted, Rejected = r.Rejected, Duplicates = r.Duplicates, Rows = r.DataRows, Warnings = r.Warnings,
                Problems = r.Issues.Take(MaxProblemsShown).Select(i => new UploadProblem(i.Row, i.Column, i.Value, i.RuleId,
                    i.Severity == RuleSeverity.Soft ? "soft" : "hard", i.MessageEn, i.MessageZh)).ToList(),
            };
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private async Task CopyReport(string id, string path, string ext, CancellationToken ct)
    {
        if (File.Exists(path))
        {
            await using var s = File.OpenRead(path);
            await records.Blobs.PutAsync(UploadRecords.ReportName(id, ext), s, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Letters, digits, spaces, '-', '_', '.', '(' and ')' of the name; anything else becomes '_'; never empty, '.' or '..'.</summary>
    public static string SafeName(string name)
    {
        var s = new string(name.Select(ch => char.IsLetterOrDigit(ch) || ch is '-' or '_' or '.' or '(' or ')' or ' ' ? ch : '_').ToArray()).Trim().TrimStart('.');
        return s.Length == 0 ? "upload" : s.Length > 120 ? s[^120..] : s;
    }
}
