using System.Diagnostics;
using System.Globalization;

namespace ShanghaiAi.Stats.Tests.Cli.Support;

/// <summary>The built <c>aistats</c> run as a child process, the way a person runs it: exit code, stdout+stderr, wall
/// time and peak resident memory (VmHWM of /proc, polled while it runs).</summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private long _peakKb;

    private CliProcess(string workDir, IDictionary<string, string>? env, string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "aistats.dll"));
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["AISTATS_FAULT_AFTER_ROWS"] = null;
        psi.Environment["AISTATS_FAULT_AT"] = null;
        psi.Environment["COLUMNS"] = "300";
        foreach (var (k, v) in env ?? new Dictionary<string, string>())
        {
            psi.Environment[k] = v;
        }

        _process = Process.Start(psi)!;
        _stdout = _process.StandardOutput.ReadToEndAsync();
        _stderr = _process.StandardError.ReadToEndAsync();
    }

    /// <summary>Starts <c>aistats ARGS</c> in <paramref name="workDir"/>.</summary>
    public static CliProcess Start(string workDir, IDictionary<string, string>? env, params string[] args) => new(workDir, env, args);

    /// <summary>Runs <c>aistats ARGS</c> to its end.</summary>
    public static CliResult Run(string workDir, IDictionary<string, string>? env, params string[] args)
    {
        using var p = Start(workDir, env, args);
        return p.Wait();
    }

    public int Id => _process.Id;

    /// <summary>Waits for the end (polling its peak memory meanwhile).</summary>
    public CliResult Wait(int timeoutMs = 180_000)
    {
        while (!_process.WaitForExit(20))
        {
            Poll();
            if (_watch.ElapsedMilliseconds > timeoutMs)
            {
                _process.Kill(entireProcessTree: true);
                throw new TimeoutException($"aistats did not finish in {timeoutMs / 1000} s");
            }
        }

        _watch.Stop();
        return new CliResult(_process.ExitCode, _stdout.Result + _stderr.Result, _watch.Elapsed, _peakKb * 1024);
    }

    private void Poll()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
                    _peakKb = Math.Max(_peakKb, kb);
                }
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}

/// <summary>What one run of aistats came to.</summary>
public sealed record CliResult(int Exit, string Out, TimeSpan Elapsed, long PeakBytes)
{
    /// <summary>True when the output holds a .NET stack trace or an unhandled-exception banner.</summary>
    public bool HasStackTrace => Out.Contains("Unhandled exception", StringComparison.Ordinal) || Out.Contains("\n   at ", StringComparison.Ordinal);

    public override string ToString() => $"exit {Exit} after {Elapsed.TotalSeconds:0.0} s, peak {PeakBytes / 1048576} MB:\n{Out}";
}
