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
        SvgTexts(Path.Combine(Dir, "trend-ytd.svg")).Should().Contain("2026年 营业收入与人工智能业务收入 (1-本月累计) 及同比增速")
            .And.Contain("1-2月").And.Contain("1-9月").And.NotContain("1-1月", "January is published only within 1-2月");
        SvgTexts(Path.Combine(Dir, "trend-yoy.svg")).Should().Contain("2026-09");
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

    private static List<string> SvgTexts(string svg) => ChartTexts.Svg(svg);

    [Fact]
    public void WriteAll_TrendCharts_ChineseInTheRegisteredFontWithEveryGlyph()
    {
        foreach (var name in new[] { "trend-month", "trend-ytd", "trend-ytd-last-year", "trend-month-vs-last-year", "growth-by-category", "growth-by-district" })
        {
            var svg = Path.Combine(Dir, name + ".svg");
            var texts = SvgTexts(svg);
            texts.Should().Contain(t => t.Any(ch => ch >= '\u4e00' && ch <= '\u9fff'), name);
            ChartTexts.MissingGlyphs(texts).Should().BeEmpty($"{name}: every character drawn has a glyph in the CJK font (no tofu)");
            ChartTexts.FontFamilies(svg).Should().OnlyContain(f => f.StartsWith("WenQuanYi Micro Hei", StringComparison.Ordinal), name);
            new FileInfo(Path.Combine(Dir, name + ".png")).Length.Should().BeInRange(15_000, 2_000_000, name);
        }

        SvgTexts(Path.Combine(Dir, "trend-month-vs-last-year.svg")).Should().Contain("2026年与2025年逐月对比 (本月, 1-2月合并)").And.Contain("3月");
        SvgTexts(Path.Combine(Dir, "trend-ytd-last-year.svg")).Should().Contain("2025年 营业收入与人工智能业务收入 (1-本月累计) 及同比增速");
    }

    [Fact]
    public void WriteAll_GrowthByDistrict_BarsLabelledWithTheCellsYoyAndSuppressedWithoutBar()
    {
        var texts = SvgTexts(Path.Combine(Dir, "growth-by-district.svg"));
        // OutputCells: every free district has AI revenue 40,000 x i against 35,000 x i: +14.3%; 崇明区 (A) and 金山区 (D) are
        // suppressed: no bar, "…" in the label.
        texts.Should().Contain("14.3").And.Contain("崇明区 …").And.Contain("金山区 …").And.Contain("浦东新区");
        texts.Count(t => t == "14.3").Should().Be(14);
    }

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
