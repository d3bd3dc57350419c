using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Functions.Web;

/// <summary>
/// The web pages (wwwroot/, embedded in this assembly): sign in, upload, desk, dashboard, their script and style,
/// and <c>reference.json</c> (the names of the codes). Static files only, no external request. Locally they are at
/// <c>/</c>, <c>/upload</c>, <c>/desk</c>, <c>/dashboard</c> with files under <c>/web/</c> (<see cref="Map"/>); on
/// the Functions host the <c>web</c> function serves the same at <c>/api/web/...</c>. Where the API, the files and the
/// pages are is written into each page (<c>data-api</c>, <c>data-web</c>, <c>data-pages</c>) when it is loaded.
/// </summary>
public static class WebPages
{
    private const string Prefix = "web/";

    /// <summary>The page routes and the files they serve.</summary>
    public static IReadOnlyDictionary<string, string> Pages { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["/"] = "index.html",
        ["/upload"] = "upload.html",
        ["/desk"] = "desk.html",
        ["/dashboard"] = "dashboard.html",
    };

    /// <summary>
    /// Maps the pages at the site root and their files under <c>/web/</c> (the local host);
    /// <paramref name="apiPrefix"/> is host.json's routePrefix (e.g. <c>api</c>).
    /// </summary>
    public static void Map(IEndpointRouteBuilder app, string apiPrefix)
    {
        ArgumentNullException.ThrowIfNull(app);
        var assets = Load(apiPrefix, "/web", string.Empty);
        foreach (var (route, file) in Pages)
        {
            var asset = assets[file];
            app.MapGet(route, context => Serve(context, asset));
        }

        app.MapGet("/web/{**path}", context =>
        {
            if (assets.TryGetValue(context.GetRouteValue("path") as string ?? string.Empty, out var asset))
            {
                return Serve(context, asset);
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
    }

    /// <summary>The file for a path under a <c>web/</c> route: a page by its name ("" = sign in), else a file.</summary>
    public static WebAsset? Find(FrozenDictionary<string, WebAsset> assets, string? path)
    {
        ArgumentNullException.ThrowIfNull(assets);
        var p = (path ?? string.Empty).Trim('/');
        var page = Pages.GetValueOrDefault("/" + p);
        return assets.GetValueOrDefault(page ?? p);
    }

    /// <summary>
    /// Every embedded file by its path under wwwroot/, the pages with where the API (<paramref name="apiPrefix"/>),
    /// the files (<paramref name="web"/>) and the pages (<paramref name="pages"/>) are filled in.
    /// </summary>
    public static FrozenDictionary<string, WebAsset> Load(string apiPrefix, string web, string pages)
    {
        var assembly = typeof(WebPages).Assembly;
        var api = "/" + (apiPrefix ?? string.Empty).Trim('/');
        var files = new Dictionary<string, WebAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var name = resource[Prefix.Length..];
            var bytes = Read(assembly, resource);
            if (name.EndsWith(".html", StringComparison.Ordinal))
            {
                bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("{{API}}", api, StringComparison.Ordinal)
                    .Replace("{{WEB}}", web, StringComparison.Ordinal).Replace("{{PAGES}}", pages, StringComparison.Ordinal));
            }

            files[name] = Asset(name, bytes);
        }

        files["reference.json"] = Asset("reference.json", Encoding.UTF8.GetBytes(PublicReferenceJson.Write(ReferenceData.Embedded)));
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static WebAsset Asset(string name, byte[] bytes)
        => new(name, bytes, ContentType(name), "\"" + Convert.ToHexString(SHA256.HashData(bytes))[..16] + "\"");

    /// <summary>
    /// Sets the file's cache headers and a Content-Security-Policy that allows this site alone; true when the
    /// browser's copy is current (answer 304 without a body).
    /// </summary>
    public static bool Headers(HttpContext context, WebAsset asset)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(asset);
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.ETag = asset.ETag;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";
        return context.Request.Headers.IfNoneMatch == asset.ETag;
    }

    private static async Task Serve(HttpContext context, WebAsset asset)
    {
        if (Headers(context, asset))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.ContentType = asset.ContentType;
        context.Response.ContentLength = asset.Content.Length;
        await context.Response.Body.WriteAsync(asset.Content, context.RequestAborted).ConfigureAwait(false);
    }

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        return ms.ToArray();
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };
}
