using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;
using ShanghaiAi.Stats.Intake;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>GET /api/uploads?page=1&amp;page_size=50: the caller's own uploads (a statistician's: every party's), newest
/// first: those sent through the app and those the CLI or the demo pipeline loaded into the warehouse, each with its
/// <c>source</c> (api | cli).</summary>
public sealed class UploadListFunction(RequestAuth auth, UploadRecords records, AppWarehouse warehouse)
{
    [Function("uploads-list")]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "uploads")] HttpRequest req)
    {
        if (auth.Authenticate(req, out var denied) is not { } caller)
        {
            return denied!;
        }

        if (Paging.Read(req, out var page, out var size) is { } bad)
        {
            return bad;
        }

        var all = UploadOverview.Merge(await records.AllAsync(req.HttpContext.RequestAborted).ConfigureAwait(false), UploadLog.All(warehouse.Warehouse));
        var mine = all.Where(r => auth.Rules.MaySeeUpload(caller, r.Owner)).ToList();
        var items = Paging.Slice(mine, page, size);
        return ApiResults.Ok(new Dictionary<string, object?> { ["page"] = page, ["page_size"] = size, ["total"] = mine.Count, ["uploads"] = items });
    }
}
