using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ShanghaiAi.Stats.Functions.LocalHost;

namespace ShanghaiAi.Stats.Benchmarks;

/// <summary>The functions app on Kestrel, loopback, a free port, over a warehouse file (storage next to it).</summary>
public sealed class BenchHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchHost(WebApplication app, string address)
    {
        _app = app;
        Address = address.TrimEnd('/');
    }

    public string Address { get; }

    public static async Task<BenchHost> StartAsync(string database)
    {
        var root = Path.Combine(Path.GetDirectoryName(database)!, "app");
        var app = LocalFunctionsHost.Build(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0", ["AISTATS_STORAGE_ROOT"] = root, ["AISTATS_DB"] = database,
        });
        await app.StartAsync();
        return new BenchHost(app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
