using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ShanghaiAi.Stats.Common;

/// <summary>
/// Makes a zip package (xlsx) the same bytes every time it is written: every entry gets one fixed timestamp (the
/// packaging library stamps the time of writing), and the package's random names (the core-properties part
/// <c>{guid}.psmdcp</c> and the package relationship ids <c>R{16 hex}</c>) get fixed ones.
/// </summary>
internal static partial class DeterministicZip
{
    private const string CoreProperties = "package/services/metadata/core-properties/core.psmdcp";

    [GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial Regex RandomRelationshipId();

    [GeneratedRegex("/package/services/metadata/core-properties/[0-9a-f]+\\.psmdcp")]
    private static partial Regex CorePropertiesTarget();

    public static void Normalise(string path, DateTime stamp)
    {
        var at = new DateTimeOffset(DateTime.SpecifyKind(stamp, DateTimeKind.Utc));
        var entries = new List<(string Name, byte[] Bytes)>();
        using (var read = ZipFile.OpenRead(path))
        {
            foreach (var e in read.Entries)
            {
                using var s = e.Open();
                using var m = new MemoryStream();
                s.CopyTo(m);
                var name = e.FullName.StartsWith("package/services/metadata/core-properties/", StringComparison.Ordinal) ? CoreProperties : e.FullName;
                entries.Add((name, m.ToArray()));
            }
        }

        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Name == "_rels/.rels")
            {
                var n = 0;
                var text = Encoding.UTF8.GetString(entries[i].Bytes);
                text = CorePropertiesTarget().Replace(text, "/" + CoreProperties);
                text = RandomRelationshipId().Replace(text, _ => string.Create(CultureInfo.InvariantCulture, $"Id=\"Rpkg{++n}\""));
                entries[i] = (entries[i].Name, Encoding.UTF8.GetBytes(text));
            }
        }

        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var (name, bytes) in entries)
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = at;
            using var s = entry.Open();
            s.Write(bytes);
        }
    }
}
