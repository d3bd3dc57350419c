using System.Globalization;
using System.Text.Json;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Intake;

/// <summary>
/// Period closes requested through the app (a statistician's POST, the monthly timer): each is recorded as
/// <c>closes/{id}.json</c> and queued on <see cref="StorageNames.ClosesQueue"/>; <see cref="RunAsync"/> runs one,
/// never two at once in a process (one lock), through the core's close and release (vintage, park index, outputs
/// kept by the <see cref="ReleaseStore"/>: the local folder, or blob storage in cloud mode).
/// </summary>
public sealed class CloseJobs(IBlobStore blobs, IMessageQueue queue, Func<StatsWarehouse> warehouse, ReleaseStore releases, TimeProvider time)
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public ReleaseStore Releases => releases;

    /// <summary>Raised when a close has stored and released its vintage, before its status says done (readers that
    /// remember a period's latest vintage forget it here).</summary>
    public event Action<string>? Released;

    public async Task<CloseJob> RequestAsync(Period period, string requestedBy, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var id = string.Create(CultureInfo.InvariantCulture, $"cl-{period}-{now.UtcTicks:x}");
        var job = new CloseJob { CloseId = id, Period = period.ToString(), Status = "queued", RequestedBy = requestedBy, RequestedAt = now, UpdatedAt = now };
        await SaveAsync(job, ct).ConfigureAwait(false);
        await queue.SendAsync(id, ct).ConfigureAwait(false);
        return job;
    }

    public async Task<CloseJob?> GetAsync(string id, CancellationToken ct = default)
    {
        if (!IsWellFormed(id))
        {
            return null;
        }

        var b = await blobs.GetAsync($"closes/{id}.json", ct).ConfigureAwait(false);
        return b is null ? null : JsonSerializer.Deserialize<CloseJob>(b);
    }

    /// <summary>True when the period has a vintage, or a close of it is queued or running, or a close of it was refused
    /// (status <c>failed</c>: no reports, nothing in scope; its status says why, and the statistician closes it again by
    /// hand once the cause is fixed: a timer that retried it at every start would only repeat the refusal).</summary>
    public async Task<bool> IsClosedOrPendingAsync(Period period, CancellationToken ct = default)
    {
        if (VintageStore.Latest(warehouse(), period) is not null)
        {
            return true;
        }

        foreach (var name in await blobs.ListAsync($"closes/cl-{period}-", ct).ConfigureAwait(false))
        {
            var b = await blobs.GetAsync(name, ct).ConfigureAwait(false);
            if (b is not null && JsonSerializer.Deserialize<CloseJob>(b) is { Status: "queued" or "running" or "failed" })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Runs a queued close (its message body is the close id); a finished one is left as it is.</summary>
    public async Task<CloseJob> RunAsync(string closeId, CancellationToken ct = default)
    {
        var job = await GetAsync(closeId.Trim(), ct).ConfigureAwait(false) ?? throw new StatsException($"close '{closeId}': not found");
        if (job.Status is "done" or "failed")
        {
            return job;
        }

        await OneAtATime.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            job = job with { Status = "running", UpdatedAt = time.GetUtcNow() };
            await SaveAsync(job, ct).ConfigureAwait(false);
            try
            {
                var w = warehouse();

                // A run that stored its vintage and then failed (storage unreachable while the files were kept) releases
                // that vintage again when the message comes back, instead of closing the period a second time.
                if (job.Vintage is null)
                {
                    var r = new PeriodCloser(w, ReferenceData.Embedded, time).Close(Period.Parse(job.Period), CloseSettings.Default);
                    job = job with { Vintage = r.VintageId, UpdatedAt = time.GetUtcNow() };
                    await SaveAsync(job, ct).ConfigureAwait(false);
                }

                // The release stage writes both parts atomically (staging folder, public check, then moved in place);
                // the store keeps them (cloud mode: uploaded as blobs).
                new PeriodRelease(w, ReferenceData.Embedded, time).Release(job.Vintage, releases.WorkDir(job.Vintage));
                var files = await releases.KeepAsync(job.Vintage, ct).ConfigureAwait(false);
                Released?.Invoke(job.Vintage);
                job = job with { Status = "done", Files = files, UpdatedAt = time.GetUtcNow() };
            }
            catch (StatsException e)
            {
                job = job with { Status = "failed", Error = e.Message, UpdatedAt = time.GetUtcNow() };
            }

            await SaveAsync(job, ct).ConfigureAwait(false);
            return job;
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    public static bool IsWellFormed(string id) =>
        id.Length is > 12 and < 40 && id.StartsWith("cl-", StringComparison.Ordinal) && id.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-');

    private async Task SaveAsync(CloseJob job, CancellationToken ct)
    {
        using var s = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(job));
        await blobs.PutAsync($"closes/{job.CloseId}.json", s, ct).ConfigureAwait(false);
    }
}
