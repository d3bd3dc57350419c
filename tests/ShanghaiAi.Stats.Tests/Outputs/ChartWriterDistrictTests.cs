using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Reference;
using SkiaSharp;

namespace ShanghaiAi.Stats.Tests.Outputs;

/// <summary>The district chart shows all 16 districts of the reference data, in view, "…" where suppressed.</summary>
public sealed class ChartWriterDistrictTests : IDisposable
{
    private readonly string _dir = OutputCells.TempDir();

    public void Dispose() => OutputCells.Cleanup(_dir);

    [Fact]
    public void WriteAll_DistrictChart_All16DistrictsLabelledInsideThePlot()
    {
        // 崇明区 (310151, last in code order: the bottom row) is suppressed (A), 金山区 (310116) is D, and 奉贤区 (310120)
        // has no cell at all: all three keep their row and label.
        var cells = OutputCells.Close().Where(c => !(c.Breakdown == "district" && c.BreakdownCode == "310120")).ToList();
        var files = ChartWriter.WriteAll(cells, ReferenceData.Embedded, _dir);

        var png = files.Single(f => f.EndsWith("ai-revenue-by-district.png", StringComparison.Ordinal));
        new FileInfo(png).Length.Should().BeInRange(20_000, 2_000_000, "a rendered 1200 x 700 chart with 16 labelled rows");
        using (var bitmap = SKBitmap.Decode(png))
        {
            (bitmap.Width, bitmap.Height).Should().Be((ChartWriter.Width, ChartWriter.Height));
        }

        var labels = Labels(files.Single(f => f.EndsWith("ai-revenue-by-district.svg", StringComparison.Ordinal)));
        var districts = ReferenceData.Embedded.ActiveDistricts.Select(d => d.NameZh).ToList();
        districts.Should().HaveCount(16).And.Contain("崇明区");
        foreach (var name in districts)
        {
            labels.Should().ContainSingle(l => l.Text == name || l.Text.StartsWith(name + " ", StringComparison.Ordinal), name);
        }

        labels.Select(l => l.Text).Should().Contain("崇明区 …").And.Contain("金山区 …").And.Contain("奉贤区 —").And.Contain("黄浦区");
        // Every label lies inside the plot's data area (below the title, above the x axis), the bottom one included.
        var rows = labels.Where(l => districts.Any(d => l.Text.StartsWith(d, StringComparison.Ordinal))).ToList();
        rows.Should().HaveCount(16).And.OnlyContain(l => l.Y > 60 && l.Y < ChartWriter.Height - 40);
        rows.Single(l => l.Text == "崇明区 …").Y.Should().BeGreaterThan(rows.Single(l => l.Text == "黄浦区").Y, "publication order, top to bottom");
    }

    private static List<(string Text, double Y)> Labels(string svg)
        => Regex.Matches(File.ReadAllText(svg), @"<text transform=""translate\(([-\d.]+) ([-\d.]+)\)""[^>]*>\s*([^<]*?)\s*</text>")
            .Select(m => (WebUtility.HtmlDecode(m.Groups[3].Value), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))
            .ToList();
}
