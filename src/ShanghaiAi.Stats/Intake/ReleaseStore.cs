using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Intake;

/// <summary>
/// Where the app keeps the released files of a vintage (returns, dashboard, indicator tables), named
/// <c>{vintage}/public/…</c> and <c>{vintage}/internal/…</c>. Embedded: the folder the release is written into
/// (<c>releases/{vintage}/</c> under the storage root). Cloud: blobs <c>releases/{vintage}/…</c> in the app's blob
/// container; the local folder is only where a release is written before <see cref="KeepAsync"/> uploads it (and
/// empties it), so no instance of the app needs a shared disk.
/// </summary>
public sealed class ReleaseStore(string localRoot, IBlobStore? blobs = null)
{
    /// <summary>The blob name prefix of released files in cloud mode.</summary>
    public const string Prefix = "releases/";

    /// <summary>True when the files stay on the local disk (embedded mode).</summary>
    public bool IsLocal => blobs is null;

    /// <summary>The folder a release of <paramref name="vintage"/> is written into.</summary>
    public string WorkDir(string vintage) => Path.Combine(Path.GetFullPath(localRoot), Safe(vintage));

    /// <summary>Keeps the release written into <see cref="WorkDir"/>: cloud mode uploads every file as a blob (a file
    /// uploaded twice is overwritten, so a retry is harmless) and then deletes the folder. Returns the files' names
    /// relative to the vintage (<c>public/dashboard/index.html</c>), in ordinal order.</summary>
    public async Task<IReadOnlyList<string>> KeepAsync(string vintage, CancellationToken ct = default)
    {
        var dir = WorkDir(vintage);
        var names = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();
        if (blobs is null)
        {
            return names;
        }

        foreach (var name in names)
        {
            await using var s = File.OpenRead(Path.Combine(dir, name.Replace('/', Path.DirectorySeparatorChar)));
            await blobs.PutAsync(BlobOf(vintage, name), s, ct).ConfigureAwait(false);
        }

        Directory.Delete(dir, recursive: true);
        return names;
    }

    /// <summary>A released file's bytes, or null when the vintage has no file of that name (or the name is not one
    /// the app gives: letters, digits, '-', '_', '.' segments, no '..').</summary>
    public async Task<byte[]?> GetAsync(string vintage, string relative, CancellationToken ct = default)
    {
        if (!BlobName.IsSafe(vintage) || vintage.Contains('/', StringComparison.Ordinal) || !BlobName.IsSafe(relative))
        {
            return null;
        }

        if (blobs is not null)
        {
            return await blobs.GetAsync(BlobOf(vintage, relative), ct).ConfigureAwait(false);
        }

        var root = WorkDir(vintage);
        var path = Path.GetFullPath(Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar)));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            return null;
        }

        return await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false);
    }

    private static string BlobOf(string vintage, string relative) => Prefix + vintage + "/" + relative;

    private static string Safe(string vintage) =>
        BlobName.IsSafe(vintage) && !vintage.Contains('/', StringComparison.Ordinal)
            ? vintage
            : throw new StatsException($"vintage '{vintage}': expected letters, digits, '-', '_' and '.' only");
}
