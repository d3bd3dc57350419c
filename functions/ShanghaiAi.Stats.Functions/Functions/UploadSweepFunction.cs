using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Intake;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>Timer on <c>%UPLOAD_SWEEP_SCHEDULE%</c> (6-field NCRONTAB): queues again every unfinished upload that has
/// not moved for <c>UPLOAD_STALE_AFTER</c>, so that an upload whose message a storage restart lost still ends
/// processed, rejected or poisoned.</summary>
public sealed class UploadSweepFunction(UploadSweep sweep, AppSettings settings, ILogger<UploadSweepFunction> log)
{
    [Function("upload-sweep")]
    public async Task Run([TimerTrigger("%UPLOAD_SWEEP_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        _ = timer;
        var ids = await sweep.RequeueStaleAsync(settings.UploadStaleAfter, cancellationToken).ConfigureAwait(false);
        if (ids.Count > 0)
        {
            log.LogWarning("upload sweep: queued again {Count} upload(s) unfinished for {Stale}: {Ids}", ids.Count, settings.UploadStaleAfter, string.Join(", ", ids));
        }
    }
}
