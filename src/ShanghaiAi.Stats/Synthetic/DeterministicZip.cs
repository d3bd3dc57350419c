using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ShanghaiAi.Stats.Synthetic;

/// <summary>
/// Rewrites an OPC package (xlsx) so the same workbook gives the same bytes: fixed entry times, and the random
/// package-relationship ids and core-properties part name of System.IO.Packaging replaced by fixed ones.
/// </summary>
internal static partial class DeterministicZip
{
    private const string CorePart = "package/services/metadata/core-properties/core.psmdcp";
    private static readonly DateTimeOffset FixedTime = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(MemoryStream package, string path)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var target = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var entry in source.Entries)
        {
            var name = CorePartName().IsMatch(entry.FullName) ? CorePart : entry.FullName;
            var copy = target.CreateEntry(name, CompressionLevel.Optimal);
            copy.LastWriteTime = FixedTime;
            using var from = entry.Open();
            using var to = copy.Open();
            if (entry.FullName == "_rels/.rels")
            {
                using var reader = new StreamReader(from, Encoding.UTF8);
                var text = CorePartName().Replace(reader.ReadToEnd(), CorePart);
                var n = 0;
                text = RandomId().Replace(text, _ => string.Create(CultureInfo.InvariantCulture, $"Id=\"R{++n:x16}\""));
                var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
                to.Write(bytes);
            }
            else
            {
                from.CopyTo(to);
            }
        }
    }

    [GeneratedRegex("package/services/metadata/core-properties/[0-9a-f]{32}\\.psmdcp")]
    private static partial Regex CorePartName();

    [GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial Regex RandomId();
}
