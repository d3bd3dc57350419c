using System.Text.Json;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Tests.Functions.Support;

namespace ShanghaiAi.Stats.Tests.Functions;

/// <summary>The close timer: a run missed while the host was down (last run 40 days ago, monthly schedule) is caught
/// up at start and queues the close of the previous month; starting again does not queue a second one.</summary>
public sealed class CloseTimerTests
{
    [Fact]
    public async Task Timer_MissedRun_CaughtUpAtStartOnce()
    {
        var dir = Path.Combine(Path.GetTempPath(), "aistats-timer-" + Guid.NewGuid().ToString("N")[..12]);
        var timers = Path.Combine(dir, "blobs", "timers");
        Directory.CreateDirectory(timers);
        var now = TimeProvider.System.GetUtcNow();
        await File.WriteAllTextAsync(Path.Combine(timers, "close-timer"), now.AddDays(-40).UtcDateTime.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
        var local = now.ToOffset(TimeSpan.FromHours(8));
        var previous = new Period(local.Year, local.Month).Previous;
        var closes = Path.Combine(dir, "blobs", "closes");

        await using (var bed = await FunctionsBed.StartAsync(dir: dir))
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(30) && (!Directory.Exists(closes) || Directory.GetFiles(closes, "*.json").Length == 0))
            {
                await Task.Delay(100);
            }

            var job = JsonDocument.Parse(await File.ReadAllTextAsync(Directory.GetFiles(closes, "*.json").Single())).RootElement;
            job.GetProperty("period").GetString().Should().Be(previous.ToString());
            job.GetProperty("requested_by").GetString().Should().Be("timer");
            while (clock.Elapsed < TimeSpan.FromSeconds(60) && JsonDocument.Parse(await File.ReadAllTextAsync(Directory.GetFiles(closes, "*.json").Single())).RootElement.GetProperty("status").GetString() is "queued" or "running")
            {
                await Task.Delay(100);
            }

            await bed.StopHostAsync();
            await File.WriteAllTextAsync(Path.Combine(timers, "close-timer"), now.AddDays(-40).UtcDateTime.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
            await bed.StartHostAsync();
            await Task.Delay(2000);
            Directory.GetFiles(closes, "*.json").Should().HaveCount(1, "the period is closed or its close is pending: the catch-up does not queue it twice");
        }
    }
}
