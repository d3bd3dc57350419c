using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Functions.Hosting;
using ShanghaiAi.Stats.Functions.Web;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>GET /api/web/{path}: the web pages on the Functions host (anonymous; the pages hold no data): sign in at
/// <c>/api/web/</c>, then <c>upload</c>, <c>desk</c>, <c>dashboard</c> and their files. The local host also serves
/// them at the site root (<see cref="WebPages.Map"/>).</summary>
public sealed class WebFunction(HostSettings host)
{
    private static readonly Lock Gate = new();
    private static (string Prefix, FrozenDictionary<string, WebAsset> Assets)? _cache;

    [Function("web")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "web/{*path}")] HttpRequest req, string? path)
    {
        ArgumentNullException.ThrowIfNull(req);
        var asset = WebPages.Find(Assets(host.RoutePrefix), path);
        if (asset is null)
        {
            return new NotFoundResult();
        }

        return WebPages.Headers(req.HttpContext, asset) ? new StatusCodeResult(StatusCodes.Status304NotModified) : new FileContentResult(asset.Content, asset.ContentType);
    }

    private static FrozenDictionary<string, WebAsset> Assets(string prefix)
    {
        lock (Gate)
        {
            if (_cache is not { } c || c.Prefix != prefix)
            {
                var web = Base(prefix) + "/web";
                c = (prefix, WebPages.Load(prefix, web, web));
                _cache = c;
            }

            return c.Assets;
        }

        static string Base(string p) => p.Trim('/').Length == 0 ? string.Empty : "/" + p.Trim('/');
    }
}
