using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ShanghaiAi.Stats.Functions;

namespace ShanghaiAi.Stats.Tests.Functions;

public sealed class HealthFunctionTests
{
    [Fact]
    public async Task Health_OnKestrelLoopback_ReportsReferenceAndWarehouse()
    {
        var dir = Directory.CreateTempSubdirectory("aistats-fn-").FullName;
        var hostJson = Path.Combine(dir, "host.json");
        await File.WriteAllTextAsync(hostJson, """{ "version": "2.0", "extensions": { "http": { "routePrefix": "stats" } } }""");
        await using var app = FunctionsApp.Build(
            ["--urls", "http://127.0.0.1:0", "--AISTATS_STORAGE_ROOT", dir, "--AISTATS_DB", Path.Combine(dir, "aistats.duckdb"), "--AISTATS_HOST_JSON", hostJson]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        using var http = new HttpClient { BaseAddress = new Uri(address) };
        var response = await http.GetAsync(new Uri("/stats/health", UriKind.Relative));
        var wrongPrefix = await http.GetAsync(new Uri("/api/health", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        wrongPrefix.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("status").GetString().Should().Be("ok");
        body.RootElement.GetProperty("districts").GetInt32().Should().Be(16);
        body.RootElement.GetProperty("parks").GetInt32().Should().Be(12);
        File.Exists(Path.Combine(dir, "aistats.duckdb")).Should().BeTrue();
        await app.StopAsync();
    }
}
