using Microsoft.AspNetCore.Http;

namespace ShanghaiAi.Stats.Functions.App;

/// <summary>The file of an upload request: the first file part of a multipart form, or the raw body of an accepted
/// content type; its name from the part, the <c>x-file-name</c> header or <c>?filename=</c> (shown only, never a path).</summary>
public sealed record UploadBody(string FileName, Stream Content)
{
    private static readonly Dictionary<string, string> RawTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text/csv"] = ".csv",
        ["text/plain"] = ".csv",
        ["application/json"] = ".json",
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = ".xlsx",
        ["application/vnd.ms-excel"] = ".xls",
        ["application/octet-stream"] = string.Empty,
    };

    /// <summary>Null when the content type is not one an upload can have (415).</summary>
    public static async Task<UploadBody?> ReadAsync(HttpRequest req)
    {
        var type = (req.ContentType ?? string.Empty).Split(';')[0].Trim();
        if (type.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var form = await req.ReadFormAsync(req.HttpContext.RequestAborted).ConfigureAwait(false);
            var file = form.Files.FirstOrDefault();
            return file is null ? null : new UploadBody(file.FileName, file.OpenReadStream());
        }

        if (!RawTypes.TryGetValue(type, out var ext))
        {
            return null;
        }

        var name = req.Headers["x-file-name"].FirstOrDefault() ?? req.Query["filename"].FirstOrDefault() ?? "upload" + ext;
        return new UploadBody(Uri.UnescapeDataString(name), req.Body);
    }
}
