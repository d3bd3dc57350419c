using System.Net;
using System.Net.Sockets;

namespace ShanghaiAi.Stats.Tests.Functions.Support;

/// <summary>Free loopback ports (other test runs share the machine: never fixed ports) and the repository root.</summary>
public static class Loopback
{
    public static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ShanghaiAi.Stats.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
