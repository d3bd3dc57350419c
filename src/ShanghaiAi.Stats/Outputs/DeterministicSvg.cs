using System.Globalization;
using System.Text.RegularExpressions;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// Numbers the clip-path ids of an SVG (<c>cl_N</c>) from 1 in order of appearance: the renderer takes them from a
/// process-wide counter, so the same chart written twice in one process would otherwise differ.
/// </summary>
internal static partial class DeterministicSvg
{
    [GeneratedRegex(@"\bcl_[0-9a-fA-F]+\b")]
    private static partial Regex ClipId();

    public static void Normalise(string path)
    {
        var text = File.ReadAllText(path);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var fixedText = ClipId().Replace(text, m =>
        {
            if (!ids.TryGetValue(m.Value, out var id))
            {
                id = string.Create(CultureInfo.InvariantCulture, $"cl_{ids.Count + 1}");
                ids[m.Value] = id;
            }

            return id;
        });
        File.WriteAllText(path, fixedText);
    }
}
