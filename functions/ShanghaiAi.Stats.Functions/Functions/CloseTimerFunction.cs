using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Intake;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>Timer on <c>%CLOSE_SCHEDULE%</c> (6-field NCRONTAB): queues the close of the previous month (Shanghai
/// time) unless it has a vintage or a close of it is already queued or running. A missed run is caught up at start
/// (the host's schedule monitor); queuing it twice is harmless, and closes run one at a time.</summary>
public sealed class CloseTimerFunction(CloseJobs closes, TimeProvider time)
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    [Function("close-timer")]
    public async Task Run([TimerTrigger("%CLOSE_SCHEDULE%", UseMonitor = true)] TimerInfo timer, CancellationToken cancellationToken)
    {
        _ = timer;
        var local = time.GetUtcNow().ToOffset(Shanghai);
        var period = new Period(local.Year, local.Month).Previous;
        if (!await closes.IsClosedOrPendingAsync(period, cancellationToken).ConfigureAwait(false))
        {
            await closes.RequestAsync(period, "timer", cancellationToken).ConfigureAwait(false);
        }
    }
}
