using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.LocalHost;

namespace ShanghaiAi.Stats.Tests.Functions.Web;

/// <summary>
/// The functions app on its local host (real Kestrel, loopback, a free port) over a storage folder and warehouse
/// file, with the helpers the page tests need: issue a key, upload a file and wait, read JSON with a key.
/// </summary>
public sealed class WebHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http;

    private WebHost(WebApplication app, string address)
    {
        _app = app;
        Address = address.TrimEnd('/');
        _http = new HttpClient { BaseAddress = new Uri(Address) };
    }

    public string Address { get; }

    public static async Task<WebHost> StartAsync(string root, string? database = null)
    {
        var app = LocalFunctionsHost.Build(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["AISTATS_STORAGE_ROOT"] = root,
            ["AISTATS_DB"] = database ?? Path.Combine(root, "aistats.duckdb"),
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new WebHost(app, address);
    }

    /// <summary>Issues a key for <paramref name="caller"/> in the app's own key store and returns it.</summary>
    public string AddKey(Caller caller) => _app.Services.GetRequiredService<AppWarehouse>().Keys.Add(caller).Key;

    public async Task<JsonElement> GetJsonAsync(string key, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("x-functions-key", key);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>Uploads a file as <paramref name="key"/>'s caller and waits until it is processed, rejected or poisoned.</summary>
    public async Task<JsonElement> UploadAsync(string key, string kind, string file)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(await File.ReadAllBytesAsync(file));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", Path.GetFileName(file));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/uploads/" + kind, UriKind.Relative)) { Content = form };
        request.Headers.Add("x-functions-key", key);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("upload_id").GetString();
        for (var i = 0; i < 600; i++)
        {
            var status = await GetJsonAsync(key, "/api/uploads/" + id);
            if (status.GetProperty("status").GetString() is "processed" or "rejected" or "poisoned")
            {
                return status;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"upload {id} of {file} not finished in 2 minutes");
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
