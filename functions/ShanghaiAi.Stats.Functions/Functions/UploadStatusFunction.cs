using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;
using ShanghaiAi.Stats.Intake;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>GET /api/uploads/{id}: the upload's status, counts once known, and its problems.</summary>
public sealed class UploadStatusFunction(RequestAuth auth, UploadRecords records)
{
    [Function("upload-status")]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "uploads/{id}")] HttpRequest req, string id)
    {
        if (auth.Authenticate(req, out var denied) is not { } caller)
        {
            return denied!;
        }

        var r = await records.GetAsync(id, req.HttpContext.RequestAborted).ConfigureAwait(false);
        if (r is null)
        {
            return ApiResults.NotFound($"upload '{id}'");
        }

        return auth.Rules.MaySeeUpload(caller, r.Owner) ? ApiResults.Ok(r) : ApiResults.Forbidden($"upload '{id}' was sent by another caller");
    }
}
