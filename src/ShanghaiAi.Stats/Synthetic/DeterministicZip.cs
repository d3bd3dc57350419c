using System.IO.Compression;

namespace ShanghaiAi.Stats.Synthetic;

/// <summary>Rewrites an OPC package (xlsx) with fixed entry times, so the same workbook gives the same bytes.</summary>
internal static class DeterministicZip
{
    private static readonly DateTimeOffset FixedTime = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(MemoryStream package, string path)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var target = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = FixedTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
