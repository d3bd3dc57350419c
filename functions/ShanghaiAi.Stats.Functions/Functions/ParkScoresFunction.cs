using DuckDB.NET.Data;
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

        // The latest vintage of the period has one home (VintageStore); none means no scores, as before.
        var latest = VintageStore.Latest(warehouse.Warehouse, period);
        using var c = warehouse.Warehouse.OpenRead();
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT vintage_id, park_id, score, rank, rank_p05, rank_p95, dimensions_json, method_version, flags
            FROM park_scores
            WHERE vintage_id = $1
            ORDER BY park_id
            """;
        cmd.Parameters.Add(new DuckDBParameter(latest?.VintageId ?? string.Empty));
        using var r = cmd.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (r.Read())
        {
            if (visible is not null && !visible.Contains(r.GetString(1)))
            {
                continue;
            }

            rows.Add(new Dictionary<string, object?>
            {
                ["vintage"] = r.GetString(0), ["park_id"] = r.GetString(1), ["score"] = r.IsDBNull(2) ? null : r.GetDouble(2),
                ["rank"] = r.IsDBNull(3) ? null : r.GetInt32(3), ["rank_p05"] = r.IsDBNull(4) ? null : r.GetInt32(4),
                ["rank_p95"] = r.IsDBNull(5) ? null : r.GetInt32(5),
                ["dimensions"] = System.Text.Json.JsonDocument.Parse(r.GetString(6)).RootElement.Clone(),
                ["method_version"] = r.GetString(7), ["flags"] = r.GetString(8),
            });
        }

        return ApiResults.Ok(new Dictionary<string, object?> { ["period"] = period.ToString(), ["parks"] = rows });
    }
}
