using System.Diagnostics;
using System.Globalization;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>Where the time of one ingest went: each stage's wall time and the process's CPU time (all threads) since the
/// previous mark (printed by <c>aistats ingest --verbose</c>; the profile of issue 15). On a busy machine the CPU time is
/// the steadier figure: the wall time also holds the waits for a core. While the ingest runs, another thread may read
/// <see cref="RowsRead"/> (the progress line of <c>aistats ingest</c>).</summary>
public sealed class IngestStages
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly List<(string Stage, TimeSpan Elapsed, TimeSpan Cpu, long ManagedBytes, long PeakKb)> _marks = [];
    private int _rowsRead;
    private TimeSpan _last;
    private TimeSpan _lastCpu = Process.GetCurrentProcess().TotalProcessorTime;

    public IReadOnlyList<(string Stage, TimeSpan Elapsed, TimeSpan Cpu, long ManagedBytes, long PeakKb)> Marks => _marks;

    /// <summary>Data rows read so far (the reading thread writes it as it goes).</summary>
    public int RowsRead => Volatile.Read(ref _rowsRead);

    /// <summary>The reading thread has read <paramref name="rows"/> data rows.</summary>
    internal void Read(int rows) => Volatile.Write(ref _rowsRead, rows);

    /// <summary>Ends the stage named <paramref name="stage"/> now.</summary>
    public void Mark(string stage)
    {
        var now = _watch.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        _marks.Add((stage, now - _last, cpu - _lastCpu, GC.GetTotalMemory(false), PeakKb()));
        _last = now;
        _lastCpu = cpu;
    }

    /// <summary>The process's peak resident memory so far (VmHWM), 0 where /proc is not there.</summary>
    private static long PeakKb()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return 0;
        }

        foreach (var line in File.ReadLines(status))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    /// <summary>One line per stage: <c>  12.3 ms  20.1 ms cpu  40 MB managed  90 MB peak RSS  archive</c> (the managed heap
    /// at its end, the peak resident memory so far), then the total.</summary>
    public IEnumerable<string> Lines()
    {
        var cpuTotal = TimeSpan.Zero;
        foreach (var (stage, elapsed, cpu, managed, peak) in _marks)
        {
            cpuTotal += cpu;
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{elapsed.TotalMilliseconds,9:F1} ms {cpu.TotalMilliseconds,9:F1} ms cpu  {managed / 1048576.0,6:F0} MB managed  {peak / 1024.0,6:F0} MB peak RSS  {stage}");
        }

        yield return string.Create(CultureInfo.InvariantCulture, $"{_last.TotalMilliseconds,9:F1} ms {cpuTotal.TotalMilliseconds,9:F1} ms cpu  total");
    }
}
