using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// The CJK font of the charts. ScottPlot on Linux renders through SkiaSharp's NoDependencies build, which ignores
/// fontconfig, so the font file shipped inside this assembly (WenQuanYi Micro Hei, Apache-2.0, see
/// Outputs/Fonts/README.md) is extracted to a temp file once per process and registered by name.
/// </summary>
internal static class ChartFont
{
    public const string Name = "WenQuanYi Micro Hei";
    private const string Resource = "fonts/wqy-microhei.ttc";
    private static readonly Lazy<string> Registered = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Registers the font (once) and returns its name for <c>plot.Font.Set</c>.</summary>
    public static string Ensure() => Registered.Value;

    private static string Register()
    {
        using var stream = typeof(ChartFont).Assembly.GetManifestResourceStream(Resource)
                           ?? throw new StatsException($"embedded resource {Resource}: not found in {typeof(ChartFont).Assembly.GetName().Name}");
        var dir = Path.Combine(Path.GetTempPath(), "shanghai-ai-stats-fonts");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, $"wqy-microhei-{stream.Length}.ttc");
        if (!File.Exists(path) || new FileInfo(path).Length != stream.Length)
        {
            var tmp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            using (var file = File.Create(tmp))
            {
                stream.CopyTo(file);
            }

            File.Move(tmp, path, overwrite: true);
        }

        ScottPlot.Fonts.AddFontFile(Name, path, bold: false, italic: false);
        ScottPlot.Fonts.AddFontFile(Name, path, bold: true, italic: false);
        return Name;
    }
}
