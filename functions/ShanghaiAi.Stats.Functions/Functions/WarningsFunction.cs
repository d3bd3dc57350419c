using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;
using ShanghaiAi.Stats.Ingest;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>GET /api/warnings[?upload=ID][&amp;decision=open|confirmed|sent-back|all][&amp;page=&amp;page_size=] (statistician):
/// the soft-rule warnings of accepted rows with the decision in force; open ones (still to be decided) by default. The
/// answer counts every decision (<c>counts</c>) whatever the filter.</summary>
public sealed class WarningsFunction(RequestAuth auth, AppWarehouse warehouse)
{
    public const string Open = "open";

    public const string All = "all";

    [Function("warnings")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "warnings")] HttpRequest req)
    {
        if (auth.Statistician(req, "warnings are reviewed by the statistician", out var denied) is not { } caller)
        {
            return denied!;
        }

        var decision = req.Query["decision"].FirstOrDefault() ?? Open;
        if (decision is not (Open or All or WarningDecision.Confirmed or WarningDecision.SentBack))
        {
            return ApiResults.Error(400, $"decision '{decision}': expected open, confirmed, sent-back or all",
                $"decision '{decision}'：应为 open、confirmed、sent-back 或 all");
        }

        if (Paging.Read(req, out var page, out var size) is { } bad)
        {
            return bad;
        }

        var every = WarningReview.List(warehouse.Warehouse, req.Query["upload"].FirstOrDefault(), includeDecided: true);
        var chosen = every.Where(w => decision == All || (w.Decision ?? Open) == decision).ToList();
        var list = Paging.Slice(chosen, page, size).Select(w => new Dictionary<string, object?>
        {
            ["upload_id"] = w.UploadId, ["file_name"] = w.FileName, ["row"] = w.Row, ["rule"] = w.RuleId, ["column"] = w.Column,
            ["value"] = w.Value, ["message"] = w.MessageEn, ["message_zh"] = w.MessageZh, ["decision"] = w.Decision ?? Open, ["decided_by"] = w.DecidedBy,
        }).ToList();
        var counts = new Dictionary<string, int>
        {
            [Open] = every.Count(w => w.Decision is null),
            [WarningDecision.Confirmed] = every.Count(w => w.Decision == WarningDecision.Confirmed),
            [WarningDecision.SentBack] = every.Count(w => w.Decision == WarningDecision.SentBack),
            [All] = every.Count,
        };
        return ApiResults.Ok(new Dictionary<string, object?>
        {
            ["decision"] = decision, ["page"] = page, ["page_size"] = size, ["total"] = chosen.Count, ["counts"] = counts, ["warnings"] = list,
        });
    }
}
