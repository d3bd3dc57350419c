using System.Text;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NCrontab;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Intake;

namespace ShanghaiAi.Stats.Functions.LocalHost;

/// <summary>
/// The local host's timer trigger: the schedule from the attribute (<c>%SETTING%</c> resolved from the app settings),
/// 6-field NCRONTAB. The last run is kept in <c>timers/{name}</c>; at start, a run missed since then (the host was
/// down at the time) is made at once with <see cref="TimerInfo.IsPastDue"/> set, as the Functions host's schedule
/// monitor does.
/// </summary>
public sealed class TimerRunner(FunctionEntry entry, IServiceProvider services, IConfiguration config, IBlobStore blobs, TimeProvider time,
    ILogger<TimerRunner> log) : BackgroundService
{
    public static CrontabSchedule Schedule(string expression, IConfiguration config)
    {
        var text = expression;
        if (text.StartsWith('%') && text.EndsWith('%'))
        {
            var key = text.Trim('%');
            text = config[key] is { Length: > 0 } v ? v : AppSettings.DefaultSchedule(key) ?? throw new InvalidOperationException($"app setting {key} (schedule of {expression}) is not set");
        }

        return CrontabSchedule.Parse(text, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = Schedule(entry.Schedule!, config);
        var state = $"timers/{entry.Name}";
        await Task.Yield();
        var last = await LastRun(state, stoppingToken).ConfigureAwait(false);
        var now = time.GetUtcNow().UtcDateTime;
        if (last is null)
        {
            await Save(state, now, stoppingToken).ConfigureAwait(false);
        }
        else if (schedule.GetNextOccurrence(last.Value) <= now)
        {
            log.LogInformation("timer {Name}: a run due at {Due:o} was missed; running now", entry.Name, schedule.GetNextOccurrence(last.Value));
            await Run(state, schedule, last, true, stoppingToken).ConfigureAwait(false);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            now = time.GetUtcNow().UtcDateTime;
            var next = schedule.GetNextOccurrence(now);
            try
            {
                await Task.Delay(next - now, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await Run(state, schedule, now, false, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task Run(string state, CrontabSchedule schedule, DateTime? last, bool pastDue, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var info = new TimerInfo
        {
            IsPastDue = pastDue,
            ScheduleStatus = new ScheduleStatus { Last = last ?? now, Next = schedule.GetNextOccurrence(now), LastUpdated = now },
        };
        try
        {
            await FunctionInvoker.InvokeTimerAsync(entry, services, info, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError("timer {Name} failed: {Message}", entry.Name, e.Message);
        }

        await Save(state, now, ct).ConfigureAwait(false);
    }

    private async Task<DateTime?> LastRun(string state, CancellationToken ct)
    {
        var b = await blobs.GetAsync(state, ct).ConfigureAwait(false);
        return b is null ? null : DateTime.Parse(Encoding.UTF8.GetString(b), System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
    }

    private Task Save(string state, DateTime at, CancellationToken ct) =>
        blobs.PutAsync(state, new MemoryStream(Encoding.UTF8.GetBytes(at.ToString("o", System.Globalization.CultureInfo.InvariantCulture))), ct);
}
