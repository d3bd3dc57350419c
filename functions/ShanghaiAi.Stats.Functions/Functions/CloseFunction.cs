using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;
using ShanghaiAi.Stats.Intake;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>POST /api/periods/{period}/close (statistician): queues a close of the period; 202 and a Location to
/// its status.</summary>
public sealed class CloseFunction(RequestAuth auth, CloseJobs closes)
{
    [Function("close")]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "periods/{period}/close")] HttpRequest req, string period)
    {
        if (auth.Statistician(req, "only a statistician closes a period", out var denied) is not { } caller)
        {
            return denied!;
        }

        if (!Period.TryParse(period, out var p))
        {
            return ApiResults.Error(400, $"period '{period}': expected YYYY-MM", $"报告期“{period}”格式应为YYYY-MM");
        }

        var job = await closes.RequestAsync(p, caller.ToString(), req.HttpContext.RequestAborted).ConfigureAwait(false);
        req.HttpContext.Response.Headers.Location = $"/api/closes/{job.CloseId}";
        return ApiResults.Ok(job, 202);
    }
}
