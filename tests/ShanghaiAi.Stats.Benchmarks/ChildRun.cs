using System.Diagnostics;
using System.Globalization;

namespace ShanghaiAi.Stats.Benchmarks;

/// <summary>One run of a child process: exit code, wall clock, peak resident memory (max RSS) and its output.</summary>
public sealed record ChildRun(int Exit, double Seconds, double PeakMb, string Output)
{
    private static readonly string? TimeTool = File.Exists("/usr/bin/time") ? "/usr/bin/time" : null;

    /// <summary>Runs <c>dotnet DLL ARGS</c> in <paramref name="workDir"/> to its end. Peak memory from GNU time's
    /// <c>%M</c> when /usr/bin/time exists, else from polling <c>/proc/PID/status</c> VmHWM.</summary>
    public static ChildRun Dotnet(string workDir, string dll, params string[] args)
    {
        var stats = Path.Combine(Path.GetTempPath(), "aistats-time-" + Guid.NewGuid().ToString("N") + ".txt");
        var psi = new ProcessStartInfo(TimeTool ?? "dotnet") { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true };
        if (TimeTool is not null)
        {
            psi.ArgumentList.Add("-f");
            psi.ArgumentList.Add("%M");
            psi.ArgumentList.Add("-o");
            psi.ArgumentList.Add(stats);
            psi.ArgumentList.Add("dotnet");
        }

        psi.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        var sw = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        long peakKb = 0;
        while (!p.WaitForExit(20))
        {
            peakKb = Math.Max(peakKb, HighWaterKb(p.Id));
        }

        var seconds = sw.Elapsed.TotalSeconds;
        if (TimeTool is not null && File.Exists(stats))
        {
            var last = File.ReadAllLines(stats).LastOrDefault(l => l.Trim().All(char.IsAsciiDigit) && l.Trim().Length > 0);
            peakKb = last is null ? peakKb : long.Parse(last.Trim(), CultureInfo.InvariantCulture);
            File.Delete(stats);
        }

        return new ChildRun(p.ExitCode, seconds, peakKb / 1024.0, stdout.Result + stderr.Result);
    }

    private static long HighWaterKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }

    /// <summary>Throws with the output when the exit code is not one of <paramref name="ok"/>.</summary>
    public ChildRun Expect(params int[] ok) => ok.Contains(Exit) ? this : throw new InvalidOperationException($"child exited {Exit}:\n{Output}");
}
