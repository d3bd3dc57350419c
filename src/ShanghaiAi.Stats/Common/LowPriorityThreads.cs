using System.Runtime.InteropServices;

namespace ShanghaiAi.Stats.Common;

/// <summary>
/// Threads that yield the processor to the caller's thread: on Linux each runs 10 nice steps below the caller (its own
/// thread only; at most nice 19), so a pipeline whose critical path is one thread (a load's connection, which appends
/// what the helpers produce) is not slowed by its helpers when the machine has fewer cores than runnable threads (issue
/// 15: a 1,000,000-row register load on 2 cores, three runnable threads). Elsewhere, or if the call is refused, they run
/// at normal priority. The threads are the pipeline's own and end with it, so no pooled thread is left lowered.
/// </summary>
public static class LowPriorityThreads
{
    private const int Nice = 10;

    /// <summary>Starts <paramref name="count"/> background threads running <paramref name="work"/>; the task completes
    /// when all have returned, faulted with each thread's failure (awaiting it throws the first).</summary>
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
            // Relative to the nice value the thread inherited (a process started with `nice` keeps its order: the
            // workers always below the caller), at most 19. getpriority's -1 is also its error value: then 9, lowered.
            var tid = GetTid();
            _ = SetPriority(0, tid, Math.Min(19, GetPriority(0, tid) + Nice));
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // normal priority
        }
    }

    [DllImport("libc", EntryPoint = "setpriority")]
    private static extern int SetPriority(int which, int who, int prio);

    [DllImport("libc", EntryPoint = "getpriority")]
    private static extern int GetPriority(int which, int who);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetTid();
}
