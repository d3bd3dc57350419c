using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>GET /api/review (statistician): the classification review queue, the enterprises whose current
/// classification is flagged for review, with the category proposed and the reason.</summary>
public sealed class ReviewQueueFunction(RequestAuth auth, AppWarehouse warehouse)
{
    [Function("review-queue")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review")] HttpRequest req)
    {
        if (auth.Authenticate(req, out var denied) is not { } caller)
        {
            return denied!;
        }

        if (!auth.Rules.IsStatistician(caller))
        {
            return ApiResults.Forbidden("the classification review queue is the statistician's");
        }

        var current = OverrideStore.Current(warehouse.Warehouse);
        var queue = ReviewQueue.List(warehouse.Warehouse).Select(i => new Dictionary<string, object?>
        {
            ["uscc"] = i.Uscc, ["name"] = i.Name, ["category"] = i.Category, ["reason"] = i.Reason,
            ["override"] = current.TryGetValue(i.Uscc, out var o) ? o.Category : null,
        }).ToList();
        return ApiResults.Ok(new Dictionary<string, object?> { ["queue"] = queue });
    }
}
