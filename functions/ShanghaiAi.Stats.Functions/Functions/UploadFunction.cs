using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Intake;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>POST /api/uploads/{kind}: a file as multipart form data (first file part) or as the raw body; stored,
/// queued, and answered 202 with its id and a Location to its status. The same content twice is one upload.</summary>
public sealed class UploadFunction(RequestAuth auth, UploadIntake intake, AppSettings settings)
{
    [Function("upload")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "uploads/{kind}")] HttpRequest req, string kind)
    {
        if (auth.Authenticate(req, out var denied) is not { } caller)
        {
            return denied!;
        }

        var k = (kind ?? string.Empty).Trim().ToLowerInvariant();
        if (!IngestKinds.All.Contains(k))
        {
            return ApiResults.Error(404, $"upload kind '{kind}': expected one of {string.Join(", ", IngestKinds.All)} [FILE-F10]");
        }

        if (!auth.Rules.MayUpload(caller, k))
        {
            return ApiResults.Forbidden($"{caller} may not upload {k}");
        }

        if (req.ContentLength > settings.MaxUploadBytes)
        {
            return TooLarge(req.ContentLength.Value);
        }

        var upload = await UploadBody.ReadAsync(req).ConfigureAwait(false);
        if (upload is null)
        {
            return ApiResults.Error(415, $"content type '{req.ContentType}': expected multipart/form-data with a file, text/csv, application/json, an Excel type or application/octet-stream",
                $"不支持的内容类型“{req.ContentType}”");
        }

        IntakeResult r;
        await using (upload.Content)
        {
            r = await intake.AcceptAsync(caller, k, upload.FileName, upload.Content, req.HttpContext.RequestAborted).ConfigureAwait(false);
        }

        switch (r.Refusal)
        {
            case IntakeRefusal.TooLarge:
                return ApiResults.Error(413, r.Message!, "文件过大");
            case IntakeRefusal.QueueFull:
                req.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(new IntakeLimits().RetryAfterOrDefault.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ApiResults.Error(429, r.Message!, "上传队列已满，请稍后重试");
        }

        var record = r.Record!;
        var location = $"/api/uploads/{record.UploadId}";
        req.HttpContext.Response.Headers.Location = location;
        return ApiResults.Ok(new Dictionary<string, object?>
        {
            ["upload_id"] = record.UploadId,
            ["kind"] = record.Kind,
            ["status"] = record.Status,
            ["duplicate"] = !r.IsNew,
            ["location"] = location,
        }, 202);
    }

    private IActionResult TooLarge(long length) => ApiResults.Error(413,
        string.Create(CultureInfo.InvariantCulture, $"{length} bytes; expected at most {settings.MaxUploadBytes} bytes [FILE-F02]"), "文件过大");
}
