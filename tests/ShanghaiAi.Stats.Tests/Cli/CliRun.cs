using System.Diagnostics;

namespace ShanghaiAi.Stats.Tests.Cli;

/// <summary>The built <c>aistats</c> run as a child process (for tests that kill it), with extra environment variables.</summary>
public static class CliRun
{
    public static (int Exit, string Output) Run(IDictionary<string, string?> env, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "aistats.dll"));
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["COLUMNS"] = "300";
        foreach (var (k, v) in env)
        {
            psi.Environment[k] = v;
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(180_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("aistats did not finish in 180 s");
        }

        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
