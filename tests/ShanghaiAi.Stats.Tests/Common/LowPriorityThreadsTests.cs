using System.Globalization;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Tests.Common;

public sealed class LowPriorityThreadsTests
{
    [Fact]
    public async Task Start_OnLinux_RunsEachThreadOnItsOwnAtNiceTenAndLeavesTheCallerAsItWas()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var before = NiceOfThisThread();
        var seen = new System.Collections.Concurrent.ConcurrentBag<(int Nice, int Thread)>();
        var caller = Environment.CurrentManagedThreadId;
        await LowPriorityThreads.Start(2, "test", () => seen.Add((NiceOfThisThread(), Environment.CurrentManagedThreadId)));

        seen.Should().HaveCount(2);
        seen.Select(s => s.Nice).Should().AllBeEquivalentTo(Math.Max(before, 10));
        seen.Select(s => s.Thread).Distinct().Should().HaveCount(2).And.NotContain(caller);
        NiceOfThisThread().Should().Be(before, "the thread that goes on after the work is a pooled one, never lowered");
    }

    [Fact]
    public async Task Start_WorkThatThrows_FaultsTheTaskWithThatException()
    {
        var task = LowPriorityThreads.Start(2, "test", () => throw new InvalidDataException("bad row 7"));

        var act = () => task;

        (await act.Should().ThrowAsync<InvalidDataException>()).Which.Message.Should().Be("bad row 7");
        task.Exception!.InnerExceptions.Should().HaveCount(2, "each thread's failure is kept");
    }

    /// <summary>Field 19 of /proc/thread-self/stat (the fields after the command name's closing parenthesis start at 3).</summary>
    private static int NiceOfThisThread()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[19 - 3], CultureInfo.InvariantCulture);
    }
}
