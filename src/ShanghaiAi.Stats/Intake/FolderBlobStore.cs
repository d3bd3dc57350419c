using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Intake;

/// <summary>Blobs as files under one folder; a write lands whole (temp file, then rename) or not at all.</summary>
public sealed class FolderBlobStore : IBlobStore
{
    private readonly string _root;

    public FolderBlobStore(string root)
    {
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    public async Task PutAsync(string name, Stream content, CancellationToken ct = default)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var tmp = path + "." + Guid.NewGuid().ToString("N") + ".part";
        try
        {
            await using (var f = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await content.CopyToAsync(f, ct).ConfigureAwait(false);
                await f.FlushAsync(ct).ConfigureAwait(false);
                f.Flush(flushToDisk: true);
            }

            File.Move(tmp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(tmp))
            {
                File.Delete(tmp);
            }
        }
    }

    public async Task<byte[]?> GetAsync(string name, CancellationToken ct = default)
    {
        var path = PathOf(name);
        try
        {
            return await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken ct = default)
    {
        // The folder of the prefix is its part up to the last '/': "closes/cl-2026-11-" lists "closes/" and keeps the
        // names that start with the whole prefix.
        var slash = prefix.LastIndexOf('/');
        var dir = slash < 0 ? _root : Path.GetDirectoryName(PathOf(prefix[..(slash + 1)] + "x"))!;
        IReadOnlyList<string> names = !Directory.Exists(dir)
            ? []
            : Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".part", StringComparison.Ordinal))
                .Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/'))
                .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToList();
        return Task.FromResult(names);
    }

    public Task DeleteAsync(string name, CancellationToken ct = default)
    {
        File.Delete(PathOf(name));
        return Task.CompletedTask;
    }

    /// <summary>The file of a blob name: only letters, digits, '-', '_', '.' and '/' separators, no '..' segment.</summary>
    private string PathOf(string name)
    {
        if (!BlobName.IsSafe(name))
        {
            throw new StatsException($"blob name '{name}': expected segments of letters, digits, '-', '_' and '.', separated by '/'");
        }

        return Path.Combine(_root, name.Replace('/', Path.DirectorySeparatorChar));
    }
}
