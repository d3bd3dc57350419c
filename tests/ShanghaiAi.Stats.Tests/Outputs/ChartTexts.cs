using System.Net;
using System.Text.RegularExpressions;
using ShanghaiAi.Stats.Outputs;
using SkiaSharp;

namespace ShanghaiAi.Stats.Tests.Outputs;

/// <summary>What a chart says: the texts of its SVG, and whether the charts' CJK font can draw them (no tofu boxes).</summary>
internal static class ChartTexts
{
    private static readonly Lazy<SKTypeface> Font = new(() =>
    {
        using var stream = typeof(ChartWriter).Assembly.GetManifestResourceStream("fonts/wqy-microhei.ttc")!;
        return SKTypeface.FromStream(stream);
    });

    public static List<string> Svg(string svg)
        => Regex.Matches(File.ReadAllText(svg), @"<text[^>]*>\s*([^<]*?)\s*</text>")
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    /// <summary>The characters of <paramref name="texts"/> outside ASCII that the embedded font has no glyph for.</summary>
    public static string MissingGlyphs(IEnumerable<string> texts)
        => string.Concat(texts.SelectMany(t => t).Where(ch => ch > 127).Distinct().Where(ch => !Font.Value.ContainsGlyph(ch)));

    /// <summary>The SVG's font families: every text is set in the registered CJK font.</summary>
    public static IEnumerable<string> FontFamilies(string svg)
        => Regex.Matches(File.ReadAllText(svg), "font-family=\"([^\"]*)\"").Select(m => m.Groups[1].Value).Distinct();
}
