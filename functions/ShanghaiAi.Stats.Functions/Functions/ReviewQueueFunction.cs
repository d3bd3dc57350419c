using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Warehouse;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>GET /api/classification/review (statistician): enterprises whose classification needs a person's decision.</summary>
public sealed class ReviewQueueFunction(RequestAuth auth, AppWarehouse warehouse)
{
    [Function("classification-review")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "classification/review")] HttpRequest req)
    {
        if (auth.Statistician(req, "the classification review is the statistician's", out var denied) is not { } caller)
        {
            return denied!;
        }

        var items = new ClassificationStore(warehouse.Warehouse).ReviewQueue().Select(r => new Dictionary<string, object?>
        {
            ["uscc"] = r.Uscc, ["name"] = r.Name, ["category"] = r.Category, ["evidence"] = r.Evidence, ["reason"] = r.Reason,
        }).ToList();
        return ApiResults.Ok(new Dictionary<string, object?> { ["review"] = items });
    }
}
