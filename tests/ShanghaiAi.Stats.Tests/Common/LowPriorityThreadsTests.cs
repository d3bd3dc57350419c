using System.Globalization;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Tests.Common;

public sealed class LowPriorityThreadsTests
{
    [Fact]
    public async Task Start_OnLinux_RunsEachThreadOnItsOwnTenNiceStepsBelowAndLeavesTheCallerAsItWas()
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
        seen.Select(s => s.Nice).Should().AllBeEquivalentTo(Math.Min(19, before + 10));
        seen.Select(s => s.Thread).Distinct().Should().HaveCount(2).And.NotContain(caller);
        NiceOfThisThread().Should().Be(before, "the thread that goes on after the work is a pooled one, never lowered");
    }

    [Fact]
    public async Task Start_FromAThreadAlreadyLowered_WorkersGoLowerStill()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // A thread of its own lowers itself to nice 5 (as a process started with `nice -n 5` would be); the workers it
        // starts inherit 5 and go to 15, never back up to 10 above their caller.
        var seen = new System.Collections.Concurrent.ConcurrentBag<int>();
        var caller = 0;
        var thread = new Thread(() =>
        {
            _ = SetNice(5);
            caller = NiceOfThisThread();
            LowPriorityThreads.Start(2, "test", () => seen.Add(NiceOfThisThread())).GetAwaiter().GetResult();
        });
        thread.Start();
        await Task.Run(thread.Join);

        caller.Should().Be(5);
        seen.Should().Equal(15, 15);
    }

    [Fact]
    public async Task Start_WorkThatThrows_FaultsTheTaskWithThatException()
    {
        var task = LowPriorityThreads.Start(2, "test", () => throw new InvalidDataException("bad row 7"));

        var act = () => task;

        (await act.Should().ThrowAsync<InvalidDataException>()).Which.Message.Should().Be("bad row 7");
        task.Exception!.InnerExceptions.Should().HaveCount(2, "each thread's failure is kept");
    }

    private static int SetNice(int nice) => SetPriority(0, Tid(), nice);

    /// <summary>The thread's id: field 1 of /proc/thread-self/stat.</summary>
    private static int Tid() => int.Parse(File.ReadAllText("/proc/thread-self/stat").Split(' ')[0], CultureInfo.InvariantCulture);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "setpriority")]
    private static extern int SetPriority(int which, int who, int prio);

    /// <summary>Field 19 of /proc/thread-self/stat (the fields after the command name's closing parenthesis start at 3).</summary>
    private static int NiceOfThisThread()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[19 - 3], CultureInfo.InvariantCulture);
    }
}
