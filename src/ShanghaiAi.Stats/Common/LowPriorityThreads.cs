using System.Runtime.InteropServices;

namespace ShanghaiAi.Stats.Common;

/// <summary>
/// Threads that yield the processor to the caller's thread: on Linux each runs at nice 10 (its own thread only; a thread
/// already nicer keeps its value), so a pipeline whose critical path is one thread (a load's connection, which appends
/// what the helpers produce) is not slowed by its helpers when the machine has fewer cores than runnable threads (issue
/// 15: a 1,000,000-row register load on 2 cores, three runnable threads). Elsewhere, or if the call is refused, they run
/// at normal priority. The threads are the pipeline's own and end with it, so no pooled thread is left lowered.
/// </summary>
public static class LowPriorityThreads
{
    private const int Nice = 10;

    /// <summary>Starts <paramref name="count"/> background threads running <paramref name="work"/>; the task completes
    /// when all have returned, faulted with the first failure.</summary>
    public static Task Start(int count, string name, Action work)
    {
        var tasks = new Task[count];
        for (var i = 0; i < count; i++)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var thread = new Thread(() =>
            {
                Lower();
                try
                {
                    work();
                    done.SetResult();
                }
                catch (Exception ex)
                {
                    done.SetException(ex);
                }
            })
            {
                IsBackground = true,
                Name = name,
            };
            thread.Start();
            tasks[i] = done.Task;
        }

        return Task.WhenAll(tasks);
    }

    private static void Lower()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = SetPriority(0, GetTid(), Nice);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // normal priority
        }
    }

    [DllImport("libc", EntryPoint = "setpriority")]
    private static extern int SetPriority(int which, int who, int prio);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetTid();
}
