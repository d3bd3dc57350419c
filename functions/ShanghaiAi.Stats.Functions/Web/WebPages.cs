using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Functions.Web;

/// <summary>
/// The web pages (wwwroot/, embedded in this assembly): <c>/</c> sign in, <c>/upload</c>, <c>/desk</c>,
/// <c>/dashboard</c>, their script and style under <c>/web/</c>, and <c>/web/reference.json</c> (names of the codes).
/// Static files only, no external request; the pages call the API under the host's route prefix, which is written
/// into each page's <c>data-api</c> when it is served.
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

    /// <summary>Maps the pages and assets; <paramref name="apiPrefix"/> is host.json's routePrefix (e.g. <c>api</c>).</summary>
    public static void Map(IEndpointRouteBuilder app, string apiPrefix)
    {
        ArgumentNullException.ThrowIfNull(app);
        var assets = Load(apiPrefix);
        foreach (var (route, file) in Pages)
        {
            var asset = assets[file];
            app.MapGet(route, (HttpContext context) => Serve(context, asset, "no-cache"));
        }

        app.MapGet("/web/{**path}", (HttpContext context, string path) =>
            assets.TryGetValue(path, out var asset) ? Serve(context, asset, "no-cache") : Results.NotFound());
    }

    /// <summary>Every embedded file by its path under wwwroot/, pages with the API prefix filled in.</summary>
    public static FrozenDictionary<string, WebAsset> Load(string apiPrefix)
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
                bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("{{API}}", api, StringComparison.Ordinal));
            }

            files[name] = Asset(name, bytes);
        }

        files["reference.json"] = Asset("reference.json", Encoding.UTF8.GetBytes(PublicReferenceJson.Write(ReferenceData.Embedded)));
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static WebAsset Asset(string name, byte[] bytes)
        => new(name, bytes, ContentType(name), "\"" + Convert.ToHexString(SHA256.HashData(bytes))[..16] + "\"");

    private static IResult Serve(HttpContext context, WebAsset asset, string cacheControl)
    {
        context.Response.Headers.CacheControl = cacheControl;
        context.Response.Headers.ETag = asset.ETag;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";
        if (context.Request.Headers.IfNoneMatch == asset.ETag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(asset.Content, asset.ContentType);
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
