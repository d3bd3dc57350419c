using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;
using ShanghaiAi.Stats.Intake;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>GET /api/closes/{id} (statistician): a requested close: queued, running, done (its vintage and files) or failed.</summary>
public sealed class CloseStatusFunction(RequestAuth auth, CloseJobs closes)
{
    [Function("close-status")]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "closes/{id}")] HttpRequest req, string id)
    {
        if (auth.Statistician(req, "only a statistician sees closes", out var denied) is not { } caller)
        {
            return denied!;
        }

        return await closes.GetAsync(id, req.HttpContext.RequestAborted).ConfigureAwait(false) is { } job ? ApiResults.Ok(job) : ApiResults.NotFound($"close '{id}'");
    }
}
