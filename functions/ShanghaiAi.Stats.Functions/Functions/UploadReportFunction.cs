using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;
using ShanghaiAi.Stats.Intake;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>GET /api/uploads/{id}/report: the validation report, JSON by default, the fixable XLSX when Accept asks
/// for a spreadsheet.</summary>
public sealed class UploadReportFunction(RequestAuth auth, UploadRecords records)
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Function("upload-report")]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "uploads/{id}/report")] HttpRequest req, string id)
    {
        if (auth.Authenticate(req, out var denied) is not { } caller)
        {
            return denied!;
        }

        var ct = req.HttpContext.RequestAborted;
        var r = await records.GetAsync(id, ct).ConfigureAwait(false);
        if (r is null)
        {
            return ApiResults.NotFound($"upload '{id}'");
        }

        if (!auth.Rules.MaySeeUpload(caller, r.Owner))
        {
            return ApiResults.Forbidden($"upload '{id}' was sent by another caller");
        }

        if (!r.IsFinal)
        {
            return ApiResults.Error(409, $"upload '{id}' is {r.Status}: its report is written once it is processed", "上传尚未处理完毕");
        }

        var wantsXlsx = req.Headers.Accept.Any(a => a is not null && (a.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase) || a.Contains("xlsx", StringComparison.OrdinalIgnoreCase)));
        var bytes = await records.Blobs.GetAsync(UploadRecords.ReportName(id, wantsXlsx ? "xlsx" : "json"), ct).ConfigureAwait(false);
        if (bytes is null)
        {
            // A file rejected whole has no row report: its record says why.
            return wantsXlsx ? ApiResults.NotFound($"xlsx report of upload '{id}' ({r.Status}: {r.Error})") : ApiResults.Ok(r);
        }

        return wantsXlsx
            ? new FileContentResult(bytes, Xlsx) { FileDownloadName = id + ".validation.xlsx" }
            : new FileContentResult(bytes, "application/json; charset=utf-8");
    }
}
