using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Hosting;

namespace ShanghaiAi.Stats.Functions.LocalHost;

/// <summary>
/// The local host's queue trigger, with the Functions host's rules: one message at a time (host.json batchSize 1), hidden
/// while handled (functionTimeout), deleted on success, made visible again after visibilityTimeout on failure, and
/// moved to <c>QUEUE-poison</c> after maxDequeueCount deliveries.
/// </summary>
public sealed class QueueListener(FunctionEntry entry, IServiceProvider services, QueueSet queues, HostSettings host, ILogger<QueueListener> log)
    : BackgroundService
{
    private static readonly TimeSpan MinPoll = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan MaxPoll = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = queues.Get(entry.QueueName!);
        var poison = queues.Get(entry.QueueName + "-poison");
        var poll = MinPoll;
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            Intake.QueueMessage? m;
            try
            {
                m = await queue.ReceiveAsync(host.FunctionTimeout, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Storage unreachable (e.g. Azurite restarting): wait and try again, nothing is lost.
                log.LogWarning("queue {Queue}: receive failed ({Message}); retrying", entry.QueueName, e.Message);
                await Delay(MaxPoll, stoppingToken).ConfigureAwait(false);
                continue;
            }

            if (m is null)
            {
                await Delay(poll, stoppingToken).ConfigureAwait(false);
                poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, MaxPoll.Ticks));
                continue;
            }

            poll = MinPoll;
            try
            {
                await HandleAsync(queue, poison, m, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The listener never stops on a storage fault: the message comes back after its visibility timeout,
                // and an upload left unfinished is queued again by the upload sweep.
                log.LogWarning("function {Name}: message {Id} left to come back ({Message})", entry.Name, m.Id, e.Message);
            }
        }
    }

    private async Task HandleAsync(Intake.IMessageQueue queue, Intake.IMessageQueue poison, Intake.QueueMessage m, CancellationToken ct)
    {
        try
        {
            await FunctionInvoker.InvokeQueueAsync(entry, services, m.Body, m.DequeueCount, ct).ConfigureAwait(false);
            await Retry(() => queue.DeleteAsync(m, ct), ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            log.LogWarning("function {Name}: delivery {Count} of message {Id} failed: {Message}", entry.Name, m.DequeueCount, m.Id, e.Message);
            if (m.DequeueCount >= host.MaxDequeueCount)
            {
                await Retry(() => poison.SendAsync(m.Body, ct), ct).ConfigureAwait(false);
                await Retry(() => queue.DeleteAsync(m, ct), ct).ConfigureAwait(false);
            }
            else
            {
                await Retry(() => queue.ReleaseAsync(m, host.VisibilityTimeout, ct), ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Storage calls after the function ran are retried for about 30 s (or until the host stops): if they never
    /// succeed (e.g. the storage service lost the receipt in a restart), the last fault is thrown to the loop, which
    /// logs it; the message comes back after its visibility timeout.</summary>
    private static async Task Retry(Func<Task> call, CancellationToken ct)
    {
        for (var i = 0; ; i++)
        {
            try
            {
                await call().ConfigureAwait(false);
                return;
            }
            catch (Exception) when (i < 60 && !ct.IsCancellationRequested)
            {
                await Delay(TimeSpan.FromMilliseconds(500), ct).ConfigureAwait(false);
            }
        }
    }

    private static async Task Delay(TimeSpan t, CancellationToken ct)
    {
        try
        {
            await Task.Delay(t, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
