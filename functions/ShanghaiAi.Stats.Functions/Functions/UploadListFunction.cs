using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Functions.App;
using ShanghaiAi.Stats.Functions.Auth;
using ShanghaiAi.Stats.Intake;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>GET /api/uploads?page=1&amp;page_size=50: the caller's own uploads (a statistician's: all), newest first.</summary>
public sealed class UploadListFunction(RequestAuth auth, UploadRecords records)
{
    [Function("uploads-list")]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "uploads")] HttpRequest req)
    {
        if (auth.Authenticate(req, out var denied) is not { } caller)
        {
            return denied!;
        }

        var page = Number(req.Query["page"], 1, 1, int.MaxValue);
        var size = Number(req.Query["page_size"], 50, 1, 500);
        if (page is null || size is null)
        {
            return ApiResults.Error(400, "page and page_size: expected whole numbers (page >= 1, 1 <= page_size <= 500)");
        }

        var mine = (await records.AllAsync(req.HttpContext.RequestAborted).ConfigureAwait(false))
            .Where(r => auth.Rules.MaySeeUpload(caller, r.Owner)).ToList();
        var items = mine.Skip((int)Math.Min(int.MaxValue, ((long)page.Value - 1) * size.Value)).Take(size.Value)
            .Select(r => new Dictionary<string, object?>
            {
                ["upload_id"] = r.UploadId, ["kind"] = r.Kind, ["status"] = r.Status, ["owner"] = r.Owner, ["file_name"] = r.FileName,
                ["received_at"] = r.ReceivedAt, ["accepted"] = r.Accepted, ["rejected"] = r.Rejected, ["duplicates"] = r.Duplicates, ["rows"] = r.Rows,
            }).ToList();
        return ApiResults.Ok(new Dictionary<string, object?> { ["page"] = page, ["page_size"] = size, ["total"] = mine.Count, ["uploads"] = items });
    }

    private static int? Number(string? text, int fallback, int min, int max) =>
        string.IsNullOrEmpty(text) ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;
}
