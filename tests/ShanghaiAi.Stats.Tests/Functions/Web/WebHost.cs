using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ShanghaiAi.Stats.Functions;

namespace ShanghaiAi.Stats.Tests.Functions.Web;

/// <summary>The functions app on real Kestrel, loopback, a free port, over a storage folder and warehouse file.</summary>
public sealed class WebHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebHost(WebApplication app, string address, string root)
    {
        _app = app;
        Address = address.TrimEnd('/');
        Root = root;
    }

    public string Address { get; }

    public string Root { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<WebHost> StartAsync(string root, string? database = null)
    {
        var app = FunctionsApp.Build(
            ["--urls", "http://127.0.0.1:0", "--AISTATS_STORAGE_ROOT", root, "--AISTATS_DB", database ?? Path.Combine(root, "aistats.duckdb")]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new WebHost(app, address, root);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
