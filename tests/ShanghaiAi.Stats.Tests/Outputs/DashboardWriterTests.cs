using System.Diagnostics;
using System.Globalization;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Reference;
using SkiaSharp;

namespace ShanghaiAi.Stats.Tests.Outputs;

public sealed class DashboardWriterTests(ChartsFixture charts) : IDisposable, IClassFixture<ChartsFixture>
{
    private readonly string _dir = OutputCells.TempDir();

    public void Dispose() => OutputCells.Cleanup(_dir);

    private string Dashboard => Path.Combine(_dir, "dashboard");

    /// <summary>Writes the dashboard with the fixture's charts (rendering is covered by ChartWriterTests).</summary>
    private string WriteDefault(DashboardOptions? options = null)
        => DashboardWriter.Write(OutputCells.Trend(), ReferenceData.Embedded, OutputCells.Sep2026, Dashboard,
            (options ?? DashboardOptions.Default) with { ChartsDir = options?.ChartsDir ?? charts.Dir });

    [Fact]
    public void Write_Cells_IndexHasBilingualHeadlinesAndValues()
    {
        var html = File.ReadAllText(WriteDefault());

        html.Should().Contain("<meta charset=\"utf-8\">").And.Contain("2026年1-9月").And.Contain("2026-09.v2");
        // Headline: revenue YTD of 2026-09.v2 = 1,200,000 x 9 x 1.11 = 11,988,000 千元, yoy (11988000/10800000 - 1) x 100 = 11.0.
        html.Should().Contain("营业收入<span class=\"en\">Operating revenue</span>").And.Contain("11,988,000").And.Contain("同比 YoY +11.0%");
        html.Should().Contain("人工智能业务收入<span class=\"en\">AI business revenue</span>").And.Contain("4,795,200");
        html.Should().NotContain("http://").And.NotContain("https://").And.NotContain("<link");
        File.Exists(Path.Combine(Dashboard, "data.json")).Should().BeTrue();
        foreach (var chart in ChartWriter.Names)
        {
            File.Exists(Path.Combine(Dashboard, "charts", chart + ".png")).Should().BeTrue(chart);
            html.Should().Contain($"src=\"charts/{chart}.png\"");
        }
    }

    [Fact]
    public void Write_CountsWithoutYtd_HeadlineCardsShowThePeriodValue()
    {
        // The close writes counts with a period value and no YTD: the card must show the value, not a blank.
        var html = File.ReadAllText(DashboardWriter.Write(OutputCells.Close(), ReferenceData.Embedded, OutputCells.Sep2026, Dashboard,
            DashboardOptions.Default with { ChartsDir = charts.Dir }));

        html.Should().Contain("<div class=\"value\">812<span class=\"unit\">个</span>")
            .And.Contain("<div class=\"value\">96.2<span class=\"unit\">%</span>");
    }

    [Fact]
    public void Write_SuppressedCells_ShowEllipsisAndNeverTheirValues()
    {
        var html = File.ReadAllText(WriteDefault());
        var json = File.ReadAllText(Path.Combine(Dashboard, "data.json"));

        html.Should().Contain("<td>崇明区<span class=\"en\">Chongming District · 310151</span></td><td>千元</td><td class=\"num\">…</td>");
        foreach (var secret in OutputCells.SecretTexts(OutputCells.Close()))
        {
            var grouped = decimal.Parse(secret, CultureInfo.InvariantCulture).ToString("#,##0.##", CultureInfo.InvariantCulture);
            html.Contains(secret, StringComparison.Ordinal).Should().BeFalse(secret);
            html.Contains(grouped, StringComparison.Ordinal).Should().BeFalse(grouped);
            json.Contains(secret, StringComparison.Ordinal).Should().BeFalse(secret);
        }
    }

    [Fact]
    public void Write_NoParkScoresOrReviewQueue_SaysNotAvailable()
    {
        var html = File.ReadAllText(WriteDefault());

        html.Should().Contain("<section id=\"parks\"><h2>园区智能指数 <span class=\"en\">Park intelligence scores</span></h2>\n<p class=\"na\">暂无数据 Not available</p>");
        html.Should().Contain("<section id=\"review\"><h2>待复核事项 <span class=\"en\">Review queue</span></h2>\n<p class=\"na\">暂无数据 Not available</p>");
    }

    [Fact]
    public void Write_ParkScoresCsvAndReviewQueue_RenderedEscaped()
    {
        var csv = Path.Combine(_dir, "park-scores.csv");
        File.WriteAllText(csv, "park_id,period,score,rank,rank_p05,rank_p95,compute,method_version\n"
            + "SHAIP02,2026-09,78.4,2,1,4,0.8,1.0\nSHAIP01,2026-09,81.5,1,1,3,0.9,1.0\nSHAIP01,2026-08,70,5,4,7,0.7,1.0\n");
        var review = new[] { new DashboardReviewItem("R1", "soft-edit", "<script>alert(1)</script>", "AI1-S02 营业收入同比增长超过300%", "open") };
        var html = File.ReadAllText(WriteDefault(new DashboardOptions(ParkScoresPath: csv, ReviewQueue: review)));

        html.Should().Contain("<tr><td class=\"num\">1</td><td>张江人工智能岛<span class=\"en\">Zhangjiang AI Island · SHAIP01</span></td><td class=\"num\">81.5</td><td class=\"num\">1–3</td></tr>");
        html.IndexOf("SHAIP01", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("SHAIP02", StringComparison.Ordinal), "rank order");
        html.Should().NotContain(">70.0<", "the 2026-08 row is another period");
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.NotContain("<script>alert(1)");
        html.Should().Contain("AI1-S02 营业收入同比增长超过300%");
    }

    [Fact]
    public void Write_ChartsDirGiven_CopiesChartsInsteadOfRendering()
    {
        var source = Path.Combine(_dir, "charts-in");
        Directory.CreateDirectory(source);
        foreach (var f in charts.Files)
        {
            File.Copy(f, Path.Combine(source, Path.GetFileName(f)));
        }

        File.WriteAllText(Path.Combine(source, "unrelated.txt"), "x");

        var html = File.ReadAllText(WriteDefault(new DashboardOptions(ChartsDir: source)));

        Directory.GetFiles(Path.Combine(Dashboard, "charts")).Select(Path.GetFileName).Should()
            .BeEquivalentTo(ChartWriter.Names.SelectMany(n => new[] { n + ".png", n + ".svg" }));
        File.ReadAllBytes(Path.Combine(Dashboard, "charts", "trend-ytd.png")).Should().Equal(File.ReadAllBytes(Path.Combine(source, "trend-ytd.png")));
        html.Should().Contain("src=\"charts/ai-revenue-by-district.png\"");
    }

    [Fact]
    public void Write_NoChartsDir_RendersChartsIntoTheDashboard()
    {
        DashboardWriter.Write(OutputCells.Trend(), ReferenceData.Embedded, OutputCells.Sep2026, Dashboard);

        ChartWriter.Names.Should().OnlyContain(n => File.Exists(Path.Combine(Dashboard, "charts", n + ".png")));
    }

    [Fact]
    public void ParkScoreFile_Json_ReadsSnakeAndCamelCase()
    {
        var path = Path.Combine(_dir, "scores.json");
        File.WriteAllText(path, """[{"park_id":"SHAIP03","score":66.25,"rank":3,"rank_p05":2,"rank_p95":5},{"parkId":"SHAIP04","score":"50","rank":4}]""");

        ParkScoreFile.Load(path, OutputCells.Sep2026).Should().Equal(
            new DashboardParkScore("SHAIP03", 66.25m, 3, 2, 5), new DashboardParkScore("SHAIP04", 50m, 4, null, null));
    }

    [Fact]
    public void ParkScoreFile_ParkIndexChartsJson_ReadsRankedOfThePeriod()
    {
        var path = Path.Combine(_dir, "park-index-charts.json");
        File.WriteAllText(path, """
            {"period":"2026-09","vintage":"2026-09.v1","ranked":[
              {"park_id":"SHAIP01","name_zh":"张江人工智能岛","score":81.5,"rank":1,"rank_median":1,"rank_p05":1,"rank_p95":2,"flags":""},
              {"park_id":"SHAIP12","score":null,"rank":null,"rank_p05":null,"rank_p95":null,"flags":"no-report"}],
             "heatmap":{}}
            """);

        ParkScoreFile.Load(path, OutputCells.Sep2026).Should().Equal(
            new DashboardParkScore("SHAIP01", 81.5m, 1, 1, 2), new DashboardParkScore("SHAIP12", null, null, null, null));
        ParkScoreFile.Load(path, new Stats.Common.Period(2026, 8)).Should().BeEmpty("the file is of another period");
    }

    [Fact]
    public void Write_InHeadlessChromium_RendersAndScriptRuns()
    {
        var index = WriteDefault();
        const string chromium = "/usr/bin/chromium";
        File.Exists(chromium).Should().BeTrue("the dashboard tests need Debian's chromium (tests/run.sh installs it)");
        var shot = Path.Combine(_dir, "shot.png");
        Run(chromium, $"--headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run --hide-scrollbars --screenshot={shot} --window-size=1400,1000 file://{index}");
        using (var bitmap = SKBitmap.Decode(shot))
        {
            bitmap.Width.Should().Be(1400);
            // The header band is the accent blue (#1f5fa8): the page was laid out with its inline CSS.
            bitmap.GetPixel(5, 5).Should().Be(new SKColor(0x1f, 0x5f, 0xa8));
        }

        var dom = Run(chromium, $"--headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run --dump-dom file://{index}");
        dom.Should().Contain("<table class=\"cells\" data-breakdown=\"total\">").And.Contain("data-breakdown=\"district\" hidden=\"\"");
    }

    private static string Run(string file, string args)
    {
        using var p = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        _ = p.StandardError.ReadToEndAsync();
        p.WaitForExit(60_000).Should().BeTrue("chromium finishes within a minute");
        return stdout.Result;
    }
}
