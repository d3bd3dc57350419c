using ShanghaiAi.Stats.Outputs;

namespace ShanghaiAi.Stats.Pipeline;

/// <summary>
/// The demo folder's view for the shared contract checker (<c>../shared/tools/check-contracts</c>), which looks for
/// <c>indicators.csv</c>, <c>indicators-public.csv</c>, <c>park-scores.csv</c>, <c>return-*.xlsx</c>, <c>charts/</c> and
/// <c>dashboard/</c> at the top of the demo folder: symbolic links into the release's <c>public/</c> and <c>internal/</c>
/// parts (copies where the file system has no links). The release itself is the two parts; publish <c>public/</c> only.
/// </summary>
public static class ContractView
{
    public static IReadOnlyList<string> Link(ReleaseResult release)
    {
        var links = new List<string>();
        foreach (var rel in release.Files)
        {
            var top = rel.Split('/')[1];
            var isDir = rel.Count(c => c == '/') > 1;
            if (!Wanted(top))
            {
                continue;
            }

            var link = Path.Combine(release.OutDir, top);
            if (links.Contains(link, StringComparer.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(rel.Split('/')[0], top);
            if (Directory.Exists(link) && new DirectoryInfo(link).LinkTarget is null)
            {
                Directory.Delete(link, recursive: true);
            }
            else if (File.Exists(link) || Directory.Exists(link))
            {
                File.Delete(link);
            }

            try
            {
                if (isDir)
                {
                    Directory.CreateSymbolicLink(link, target);
                }
                else
                {
                    File.CreateSymbolicLink(link, target);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Copy(Path.Combine(release.OutDir, target), link, isDir);
            }

            links.Add(link);
        }

        return links;
    }

    private static bool Wanted(string name)
        => name is "indicators.csv" or "indicators-public.csv" or "park-scores.csv" or "charts" or "dashboard"
           || (name.StartsWith("return-", StringComparison.Ordinal) && name.EndsWith(".xlsx", StringComparison.Ordinal));

    private static void Copy(string from, string to, bool isDir)
    {
        if (!isDir)
        {
            File.Copy(from, to, overwrite: true);
            return;
        }

        foreach (var f in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(to, Path.GetRelativePath(from, f));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(f, dest, overwrite: true);
        }
    }
}
