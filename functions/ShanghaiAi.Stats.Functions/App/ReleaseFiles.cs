using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;
using ShanghaiAi.Stats.Intake;

namespace ShanghaiAi.Stats.Functions.App;

/// <summary>The files a close released for a vintage, served by name from the <see cref="ReleaseStore"/> (the local
/// folder, or blob storage in cloud mode): a name is checked segment by segment and never used as a path as sent.</summary>
public sealed class ReleaseFiles(ReleaseStore releases)
{
    private static readonly FileExtensionContentTypeProvider Types = new();

    public async Task<IActionResult?> ServeAsync(string vintage, string relative, CancellationToken ct = default)
    {
        if (await releases.GetAsync(vintage, relative, ct).ConfigureAwait(false) is not { } bytes)
        {
            return null;
        }

        var name = relative[(relative.LastIndexOf('/') + 1)..];
        var type = Types.TryGetContentType(name, out var t) ? t : "application/octet-stream";
        return new FileContentResult(bytes, type) { FileDownloadName = name };
    }
}
