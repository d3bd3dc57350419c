using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ShanghaiAi.Stats.Functions.LocalHost;

namespace ShanghaiAi.Stats.Tests.Functions;

/// <summary>The worker SDK's functions.metadata (written when the worker builds) and the local host's table of
/// functions, read from the same attributes, agree function by function: name, entry point, trigger, methods, route,
/// auth level, queue, connection, schedule.</summary>
public sealed class FunctionMetadataTests
{
    [Fact]
    public void Metadata_OfBuiltWorker_EqualsLocalHostTable()
    {
        var path = MetadataFile();
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var fromSdk = doc.RootElement.EnumerateArray().Select(f =>
        {
            var t = f.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
            string? S(string name) => t.TryGetProperty(name, out var v) ? v.GetString() : null;
            var methods = t.TryGetProperty("methods", out var ms) ? string.Join(",", ms.EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant())) : string.Empty;
            return $"{f.GetProperty("name").GetString()}|{f.GetProperty("entryPoint").GetString()}|{S("type")}|{methods}|{S("route")}|{S("authLevel")}|{S("queueName")}|{S("connection")}|{S("schedule")}";
        }).Order(StringComparer.Ordinal).ToList();
        var local = FunctionTable.App.Select(e =>
            $"{e.Name}|{e.EntryPoint}|{e.Trigger}|{string.Join(",", e.Methods)}|{e.Route}|{e.AuthLevel}|{e.QueueName}|{e.Connection}|{e.Schedule}")
            .Order(StringComparer.Ordinal).ToList();
        local.Should().Equal(fromSdk);
        local.Should().Contain(l => l.StartsWith("ingest|", StringComparison.Ordinal) && l.Contains("|queueTrigger|", StringComparison.Ordinal) && l.Contains("|uploads|", StringComparison.Ordinal));
        local.Should().Contain(l => l.StartsWith("close-timer|", StringComparison.Ordinal) && l.EndsWith("|%CLOSE_SCHEDULE%", StringComparison.Ordinal));
    }

    [Fact]
    public void FunctionClasses_EveryOne_MadeFromTheAppServices()
    {
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AISTATS_STORAGE_ROOT"] = Path.Combine(Path.GetTempPath(), "aistats-di-" + Guid.NewGuid().ToString("N")[..8]) })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        ShanghaiAi.Stats.Functions.App.AppServices.AddStatsApp(services, config);
        using var sp = services.BuildServiceProvider();
        foreach (var f in FunctionTable.App)
        {
            ActivatorUtilities.CreateInstance(sp, f.Type).Should().NotBeNull(f.Name);
        }
    }

    /// <summary>functions.metadata beside the built worker (same configuration as this test run); built if absent.</summary>
    private static string MetadataFile()
    {
        var config = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var project = Path.Combine(Support.Loopback.RepoRoot(), "functions", "ShanghaiAi.Stats.Functions");
        var file = Path.Combine(project, "bin", config, "net10.0", "functions.metadata");
        if (!File.Exists(file))
        {
            using var p = Process.Start(new ProcessStartInfo("dotnet", ["build", project, "-c", config, "-nologo", "-v", "q"]) { RedirectStandardOutput = true })!;
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
        }

        File.Exists(file).Should().BeTrue($"building the worker writes {file}");
        return file;
    }
}
