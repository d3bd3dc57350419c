using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ShanghaiAi.Stats.Tests.Functions.Support;

/// <summary>
/// Azurite (npm azurite 3.37.0) as a child process on free loopback ports, its data in its own folder: installed into
/// the repository's ignored <c>.tools/azurite</c> when missing (tests/run.sh does it first), stopped and started again
/// on the same ports and folder to show that nothing is lost.
/// </summary>
public sealed class Azurite : IAsyncDisposable
{
    public const string Version = "3.37.0";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private Process? _process;

    private Azurite(string dir, int blob, int queue, int table)
    {
        Dir = dir;
        (BlobPort, QueuePort, TablePort) = (blob, queue, table);
    }

    public string Dir { get; }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;";

    public static async Task<Azurite> StartAsync()
    {
        var dir = Path.Combine(Path.GetTempPath(), "aistats-azurite-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        var a = new Azurite(dir, Loopback.FreePort(), Loopback.FreePort(), Loopback.FreePort());
        await a.StartProcessAsync();
        return a;
    }

    public async Task StartProcessAsync()
    {
        var bin = await EnsureInstalledAsync();
        var psi = new ProcessStartInfo(bin)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--silent", "--skipApiVersionCheck", "--loose", "--location", Dir,
                     "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                 })
        {
            psi.ArgumentList.Add(arg);
        }

        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var clock = Stopwatch.StartNew();
        while (!Listening(BlobPort) || !Listening(QueuePort))
        {
            if (_process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new InvalidOperationException($"azurite did not start on ports {BlobPort}/{QueuePort} (exit: {(_process.HasExited ? _process.ExitCode : -1)})");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Stops the Azurite process as a service manager would (SIGTERM: it saves its data to <see cref="Dir"/>),
    /// killing it if it has not exited within 10 s.</summary>
    public async Task StopProcessAsync()
    {
        if (_process is { HasExited: false })
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopProcessAsync();
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The azurite launcher under the repository's <c>.tools/azurite</c>, installed with npm when missing.</summary>
    private static async Task<string> EnsureInstalledAsync()
    {
        var root = Loopback.RepoRoot();
        var prefix = Path.Combine(root, ".tools", "azurite");
        var bin = Path.Combine(prefix, "node_modules", ".bin", "azurite");
        await InstallLock.WaitAsync();
        try
        {
            if (!File.Exists(bin))
            {
                Directory.CreateDirectory(prefix);
                var psi = new ProcessStartInfo("npm") { RedirectStandardOutput = true, RedirectStandardError = true };
                foreach (var arg in new[] { "install", "--prefix", prefix, "--no-audit", "--no-fund", "--silent", $"azurite@{Version}" })
                {
                    psi.ArgumentList.Add(arg);
                }

                using var p = Process.Start(psi)!;
                var err = p.StandardError.ReadToEndAsync();
                await p.StandardOutput.ReadToEndAsync();
                await p.WaitForExitAsync();
                File.Exists(bin).Should().BeTrue($"npm install azurite@{Version} into {prefix}: {await err}");
            }
        }
        finally
        {
            InstallLock.Release();
        }

        return bin;
    }


    private static bool Listening(int port)
    {
        try
        {
            using var c = new TcpClient();
            c.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
