using ShanghaiAi.Stats.Warehouse;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>GET /api/vintages[?period=YYYY-MM]: the vintages (closes) of every period or of one, oldest first. The
/// close summary (counts of enterprises, suppression) only for a statistician.</summary>
public sealed class VintagesFunction(RequestAuth auth, AppWarehouse warehouse)
{
    [Function("vintages")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "vintages")] HttpRequest req)
    {
        if (auth.AuthenticateOrPublic(req, out var denied) is not { } caller)
        {
            return denied!;
        }

        Period? period = null;
        if (req.Query["period"].FirstOrDefault() is { } text)
        {
            if (!Period.TryParse(text, out var p))
            {
                return ApiResults.Error(400, $"period '{text}': expected YYYY-MM");
            }

            period = p;
        }

        var internalView = auth.Rules.IsStatistician(caller);
        var list = VintageStore.All(warehouse.Warehouse).Where(v => period is null || v.Period == period)
            .Select(v => new Dictionary<string, object?>
            {
                ["vintage"] = v.VintageId, ["period"] = v.Period.ToString(), ["sequence"] = v.Sequence, ["created_at"] = v.CreatedAt,
                ["summary"] = internalView && v.SummaryJson is { } s ? System.Text.Json.JsonDocument.Parse(s).RootElement.Clone() : null,
            }).ToList();
        return ApiResults.Ok(new Dictionary<string, object?> { ["vintages"] = list });
    }
}
