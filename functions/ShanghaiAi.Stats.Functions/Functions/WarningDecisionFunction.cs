using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;
using ShanghaiAi.Stats.Ingest;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>POST /api/warnings/decisions (statistician): confirm or send back one warning,
/// <c>{"upload_id": "...", "row": 12, "rule": "V-S01", "decision": "confirm"|"send-back", "note": "..."}</c>.</summary>
public sealed class WarningDecisionFunction(RequestAuth auth, AppWarehouse warehouse, TimeProvider time)
{
    [Function("warning-decision")]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "warnings/decisions")] HttpRequest req)
    {
        if (auth.Statistician(req, "warnings are decided by the statistician", out var denied) is not { } caller)
        {
            return denied!;
        }

        var (body, bad) = await JsonBody.ReadAsync(req).ConfigureAwait(false);
        if (bad is not null)
        {
            return bad;
        }

        string? Text(string name) => JsonBody.Text(body, name);
        var decision = Text("decision") switch
        {
            "confirm" => WarningDecision.Confirmed,
            "send-back" => WarningDecision.SentBack,
            _ => null,
        };
        if (Text("upload_id") is not { } upload || Text("rule") is not { } rule || decision is null
            || body.ValueKind != System.Text.Json.JsonValueKind.Object || !body.TryGetProperty("row", out var rowValue) || !rowValue.TryGetInt32(out var row))
        {
            return ApiResults.Error(400, "body: expected {\"upload_id\": \"...\", \"row\": N, \"rule\": \"...\", \"decision\": \"confirm\"|\"send-back\"}");
        }

        try
        {
            WarningReview.Decide(warehouse.Warehouse, new WarningDecision(upload, row, rule, decision, caller.ToString(), Text("note")), time);
        }
        catch (StatsException e)
        {
            return ApiResults.Error(404, e.Message);
        }

        return ApiResults.Ok(new Dictionary<string, object?> { ["upload_id"] = upload, ["row"] = row, ["rule"] = rule, ["decision"] = decision });
    }
}
