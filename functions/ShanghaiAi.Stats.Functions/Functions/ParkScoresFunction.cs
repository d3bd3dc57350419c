using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>GET /api/parks/scores?period=YYYY-MM: the park intelligence index of the period's latest vintage: every
/// park for a statistician or planner, its own park for a park operator, nothing for others (403).</summary>
public sealed class ParkScoresFunction(RequestAuth auth, AppWarehouse warehouse)
{
    [Function("park-scores")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "parks/scores")] HttpRequest req)
    {
        if (auth.AuthenticateOrPublic(req, out var denied) is not { } caller)
        {
            return denied!;
        }

        var visible = auth.Rules.ParksVisible(caller);
        if (visible is { Count: 0 })
        {
            return ApiResults.Forbidden($"{caller} sees no park scores");
        }

        if (!Period.TryParse(req.Query["period"], out var period))
        {
            return ApiResults.Error(400, $"period '{req.Query["period"]}': expected YYYY-MM");
        }

        // The latest vintage of the period and its scores have one home each (VintageStore, ParkScoreStore).
        var latest = VintageStore.Latest(warehouse.Warehouse, period);
        var rows = latest is null ? [] : ParkScoreStore.ForVintage(warehouse.Warehouse, latest.VintageId)
            .Where(p => visible is null || visible.Contains(p.ParkId))
            .Select(p => new Dictionary<string, object?>
            {
                ["vintage"] = latest.VintageId, ["park_id"] = p.ParkId, ["score"] = p.Score, ["rank"] = p.Rank,
                ["rank_p05"] = p.RankP05, ["rank_p95"] = p.RankP95, ["dimensions"] = p.Dimensions,
                ["method_version"] = p.MethodVersion, ["flags"] = string.Join(';', p.Flags),
            })
            .ToList();

        return ApiResults.Ok(new Dictionary<string, object?> { ["period"] = period.ToString(), ["parks"] = rows });
    }
}
