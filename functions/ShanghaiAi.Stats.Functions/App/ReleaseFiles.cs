using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;
using ShanghaiAi.Stats.Intake;

namespace ShanghaiAi.Stats.Functions.App;

/// <summary>The files a close released for a vintage (<c>releases/{vintage}/</c>), served by name: a name is checked
/// segment by segment and must resolve inside the vintage's folder.</summary>
public sealed class ReleaseFiles(CloseJobs closes)
{
    private static readonly FileExtensionContentTypeProvider Types = new();

    public IActionResult? Serve(string vintage, string relative)
    {
        if (!BlobName.IsSafe(vintage) || vintage.Contains('/', StringComparison.Ordinal) || !BlobName.IsSafe(relative))
        {
            return null;
        }

        var root = Path.GetFullPath(Path.Combine(closes.ReleaseRoot, vintage));
        var path = Path.GetFullPath(Path.Combine(root, relative));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            return null;
        }

        var type = Types.TryGetContentType(path, out var t) ? t : "application/octet-stream";
        return new FileContentResult(File.ReadAllBytes(path), type) { FileDownloadName = Path.GetFileName(path) };
    }
}
