using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>POST /api/overrides (statistician): a classification decision <c>{"uscc": "...", "category": "0101",
/// "reason": "..."}</c>, recorded with who and when; it supersedes the enterprise's current decision (history kept)
/// and every later classification honours it.</summary>
public sealed class OverrideFunction(RequestAuth auth, AppWarehouse warehouse, TimeProvider time)
{
    [Function("override")]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "overrides")] HttpRequest req)
    {
        if (auth.Authenticate(req, out var denied) is not { } caller)
        {
            return denied!;
        }

        if (!auth.Rules.IsStatistician(caller))
        {
            return ApiResults.Forbidden("classifications are overridden by the statistician");
        }

        JsonElement body;
        try
        {
            body = (await JsonDocument.ParseAsync(req.Body, cancellationToken: req.HttpContext.RequestAborted).ConfigureAwait(false)).RootElement;
        }
        catch (JsonException e)
        {
            return ApiResults.Error(400, $"body: not valid JSON ({e.Message})");
        }

        string? Text(string name) => body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (Text("uscc") is not { } uscc || Text("category") is not { } category || Text("reason") is not { } reason)
        {
            return ApiResults.Error(400, "body: expected {\"uscc\": \"...\", \"category\": \"...\", \"reason\": \"...\"}", "请求体应为 {\"uscc\", \"category\", \"reason\"}");
        }

        var decision = new ClassificationOverride(uscc.Trim(), category.Trim(), reason.Trim(), caller.ToString(), time.GetUtcNow());
        try
        {
            OverrideStore.Add(warehouse.Warehouse, decision);
        }
        catch (StatsException e)
        {
            return ApiResults.Error(400, e.Message);
        }

        return ApiResults.Ok(new Dictionary<string, object?>
        {
            ["uscc"] = decision.Uscc, ["category"] = decision.Category, ["reason"] = decision.Reason, ["decided_by"] = decision.DecidedBy,
        }, 201);
    }
}
