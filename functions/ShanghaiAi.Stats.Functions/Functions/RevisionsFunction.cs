using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;
using ShanghaiAi.Stats.Intake;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>GET /api/vintages/{vintage}/revisions[?changed=false][&amp;page=&amp;page_size=] (statistician): the rows of the
/// vintage's <c>revisions.csv</c> (each cell's first release against this vintage), from the released file the app
/// keeps, or written from the warehouse for a vintage released elsewhere (<c>source</c> says which); revised cells only
/// unless <c>changed=false</c>.</summary>
public sealed class RevisionsFunction(RequestAuth auth, AppWarehouse warehouse, ReleaseStore releases)
{
    [Function("revisions")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "vintages/{vintage}/revisions")] HttpRequest req, string vintage)
    {
        if (auth.Statistician(req, "revisions are the statistician's (internal values)", out var denied) is null)
        {
            return denied!;
        }

        if (Paging.Read(req, out var page, out var size) is { } bad)
        {
            return bad;
        }

        if (!BlobName.IsSafe(vintage) || VintageStore.Find(warehouse.Warehouse, vintage) is null)
        {
            return ApiResults.NotFound($"vintage '{vintage}'");
        }

        var released = await releases.GetAsync(vintage, "internal/revisions.csv", req.HttpContext.RequestAborted).ConfigureAwait(false);
        var text = released is null ? RevisionRows.FromWarehouse(warehouse.Warehouse, vintage) : Encoding.UTF8.GetString(released);
        var rows = RevisionRows.Parse(text);
        var changedOnly = !string.Equals(req.Query["changed"].FirstOrDefault(), "false", StringComparison.OrdinalIgnoreCase);
        var chosen = rows.Where(r => !changedOnly || RevisionRows.IsRevised(r)).ToList();
        return ApiResults.Ok(new Dictionary<string, object?>
        {
            ["vintage"] = vintage,
            ["first_vintage"] = rows.Count > 0 ? rows[0]["first_vintage"] : null,
            ["source"] = released is null ? "warehouse" : "release",
            ["columns"] = RevisionTable.Columns,
            ["cells"] = rows.Count,
            ["revised"] = rows.Count(RevisionRows.IsRevised),
            ["page"] = page, ["page_size"] = size, ["total"] = chosen.Count,
            ["rows"] = Paging.Slice(chosen, page, size),
        });
    }
}
