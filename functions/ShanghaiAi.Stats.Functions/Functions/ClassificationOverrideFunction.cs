using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>POST /api/classification/overrides (statistician): records a decision on an enterprise's classification,
/// <c>{"uscc": "...", "category": "...", "reason": "..."}</c>, validated by the core and kept with history.</summary>
public sealed class ClassificationOverrideFunction(RequestAuth auth, AppWarehouse warehouse, TimeProvider time)
{
    [Function("classification-override")]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "classification/overrides")] HttpRequest req)
    {
        if (auth.Statistician(req, "classification decisions are the statistician's", out var denied) is not { } caller)
        {
            return denied!;
        }

        var (body, bad) = await JsonBody.ReadAsync(req).ConfigureAwait(false);
        if (bad is not null)
        {
            return bad;
        }

        string? Text(string name) => JsonBody.Text(body, name);
        if (Text("uscc") is not { } uscc || Text("category") is not { } category || Text("reason") is not { } reason)
        {
            return ApiResults.Error(400, "body: expected {\"uscc\": \"...\", \"category\": \"...\", \"reason\": \"...\"}");
        }

        try
        {
            var decision = OverrideCheck.Validate(new ClassificationOverride(uscc, category, reason, caller.ToString(), time.GetUtcNow()),
                ClassificationStandard.LoadEmbedded(), "override");
            new ClassificationStore(warehouse.Warehouse).AddOverrides([decision]);
        }
        catch (StatsException e)
        {
            return ApiResults.Error(400, e.Message);
        }

        return ApiResults.Ok(new Dictionary<string, object?> { ["uscc"] = uscc, ["category"] = category, ["reason"] = reason }, 201);
    }
}
