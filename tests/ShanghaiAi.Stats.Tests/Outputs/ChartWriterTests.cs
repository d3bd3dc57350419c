using System.Net;
using System.Text.RegularExpressions;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Reference;
using SkiaSharp;

namespace ShanghaiAi.Stats.Tests.Outputs;

public sealed class ChartWriterTests(ChartsFixture charts) : IClassFixture<ChartsFixture>
{
    private string Dir => charts.Dir;

    [Fact]
    public void WriteAll_TrendAndLatestPeriod_WritesPngAndSvgOfEachChart()
    {
        var files = charts.Files;

        files.Select(Path.GetFileName).Should().Equal(ChartWriter.Names.SelectMany(n => new[] { n + ".png", n + ".svg" }));
        foreach (var png in files.Where(f => f.EndsWith(".png", StringComparison.Ordinal)))
        {
            using var bitmap = SKBitmap.Decode(png);
            bitmap.Should().NotBeNull(png);
            bitmap.Width.Should().Be(ChartWriter.Width);
            bitmap.Height.Should().Be(ChartWriter.Height);
        }
    }

    [Fact]
    public void WriteAll_Svg_CarriesChineseTitleAndLabels()
    {
        SvgTexts(Path.Combine(Dir, "trend-ytd.svg")).Should().Contain("营业收入与人工智能业务收入 (1-本月累计)").And.Contain("2026-09");
        SvgTexts(Path.Combine(Dir, "ai-revenue-by-district.svg")).Should().Contain("人工智能业务收入按区 (2026年1-9月)").And.Contain("浦东新区");
    }

    [Fact]
    public void WriteAll_SuppressedMembers_HaveNoBarAndAnEllipsisLabel()
    {
        var district = SvgTexts(Path.Combine(Dir, "ai-revenue-by-district.svg"));
        district.Should().Contain("崇明区 …").And.Contain("金山区 …");
        // Bars are labelled in 亿元: 黄浦区 40,000 千元 = 0.4, 奉贤区 600,000 千元 = 6. The suppressed 金山区 (7,888.88
        // 千元) and 崇明区 (6,777.77 千元) would print 0.08 and 0.07; x-axis ticks step by 0.2.
        district.Should().Contain("0.4").And.Contain("6").And.NotContain("0.08").And.NotContain("0.07");
        // Categories in 万元: 0101 = 51,010 千元 = 5,101; the suppressed 0403 (6,666.66 千元) would print 666.67.
        var category = SvgTexts(Path.Combine(Dir, "ai-revenue-by-category.svg"));
        category.Should().Contain("无人机与无人船 …").And.Contain("5,101").And.NotContain("666.67");
    }

    private static List<string> SvgTexts(string svg)
        => Regex.Matches(File.ReadAllText(svg), @"<text[^>]*>\s*([^<]*?)\s*</text>")
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [Fact]
    public void WriteAll_SameCellsTwiceWithoutYoy_SameBytes()
    {
        var cells = OutputCells.Close().Select(c => c with { YoyPct = null }).ToList();
        var a = Path.Combine(Dir, "twice-a");
        var b = Path.Combine(Dir, "twice-b");

        var first = ChartWriter.WriteAll(cells, ReferenceData.Embedded, a);
        ChartWriter.WriteAll(cells, ReferenceData.Embedded, b);

        first.Should().OnlyContain(f => File.ReadAllBytes(f).SequenceEqual(File.ReadAllBytes(Path.Combine(b, Path.GetFileName(f)))), "a chart is a function of its cells");
    }
}
