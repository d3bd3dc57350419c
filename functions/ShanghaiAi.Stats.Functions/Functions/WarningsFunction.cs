using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;
using ShanghaiAi.Stats.Ingest;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>GET /api/warnings[?upload=ID] (statistician): soft-rule warnings of accepted rows still to be decided.</summary>
public sealed class WarningsFunction(RequestAuth auth, AppWarehouse warehouse)
{
    [Function("warnings")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "warnings")] HttpRequest req)
    {
        if (auth.Statistician(req, "warnings are reviewed by the statistician", out var denied) is not { } caller)
        {
            return denied!;
        }

        var list = WarningReview.List(warehouse.Warehouse, req.Query["upload"].FirstOrDefault()).Select(w => new Dictionary<string, object?>
        {
            ["upload_id"] = w.UploadId, ["file_name"] = w.FileName, ["row"] = w.Row, ["rule"] = w.RuleId, ["column"] = w.Column,
            ["value"] = w.Value, ["message"] = w.MessageEn, ["message_zh"] = w.MessageZh,
        }).ToList();
        return ApiResults.Ok(new Dictionary<string, object?> { ["warnings"] = list });
    }
}
