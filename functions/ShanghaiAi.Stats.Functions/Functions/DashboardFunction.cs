using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>GET /api/vintages/{vintage}/dashboard/{*path}: a file of the vintage's dashboard (index.html, its data
/// and charts): disclosure-safe, for every caller with a key.</summary>
public sealed class DashboardFunction(RequestAuth auth, ReleaseFiles files)
{
    [Function("dashboard")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "vintages/{vintage}/dashboard/{*path}")] HttpRequest req, string vintage, string path)
    {
        if (auth.Authenticate(req, out var denied) is not { } caller || !auth.Rules.MayReadPublic(caller))
        {
            return denied ?? ApiResults.Forbidden("dashboard");
        }

        var file = string.IsNullOrEmpty(path) ? "index.html" : path;
        return await files.ServeAsync(vintage, "public/dashboard/" + file, req.HttpContext.RequestAborted).ConfigureAwait(false) ?? ApiResults.NotFound($"dashboard file '{file}' of vintage '{vintage}'");
    }
}
