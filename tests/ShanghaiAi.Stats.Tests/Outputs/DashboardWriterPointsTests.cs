using System.Text.Json;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Tests.Outputs;

/// <summary>The dashboard reads ratios in percentage points, shows the imputed share of each headline total, and counts
/// of enterprises without decimals.</summary>
public sealed class DashboardWriterPointsTests(ChartsFixture charts) : IDisposable, IClassFixture<ChartsFixture>
{
    private readonly string _dir = OutputCells.TempDir();

    public void Dispose() => OutputCells.Cleanup(_dir);

    private string Write(IReadOnlyDictionary<string, decimal>? shares = null)
    {
        var cells = OutputCells.Close();
        var i = cells.FindIndex(c => c.IndicatorCode == "enterprises_in_scope");
        cells[i] = cells[i] with { Value = 1317m };
        return DashboardWriter.Write(cells, ReferenceData.Embedded, OutputCells.Sep2026, Path.Combine(_dir, "dashboard"),
            new DashboardOptions(ChartsDir: charts.Dir, ImputedSharePct: shares));
    }

    private static string Card(string html, string indicator)
    {
        var start = html.IndexOf($"<div class=\"card\" data-indicator=\"{indicator}\">", StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, indicator);
        var next = html.IndexOf("<div class=\"card\"", start + 10, StringComparison.Ordinal);
        return html[start..(next > 0 ? next : html.IndexOf("</section>", start, StringComparison.Ordinal))];
    }

    [Fact]
    public void Write_RatioHeadline_ChangeInPointsNotPercent()
    {
        var html = File.ReadAllText(Write());

        // 人工智能业务收入占比 39.3% against 36.4% a year ago: +2.9 points (a relative change would be +8.0%).
        var share = Card(html, "ai_revenue_share");
        share.Should().Contain("<span class=\"yoy up\">增减 change +2.9 百分点 points</span>").And.NotContain("同比");
        Card(html, "revenue").Should().Contain("同比 YoY +11.2%");
        html.Should().Contain("<th>同比增长(%)/增减(百分点) YoY % / points</th>");
        // In the table the share's row carries 2.9 in the change column, not a yoy.
        html.Should().Contain("<td>%</td><td class=\"num\">39.3</td><td class=\"num\">39.3</td><td class=\"num\">36.4</td><td class=\"num\">2.9</td>");
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "dashboard", "data.json")));
        json.RootElement.GetProperty("cells").EnumerateArray()
            .Single(c => c.GetProperty("indicator_code").GetString() == "ai_revenue_share").GetProperty("change_pp").GetDecimal().Should().Be(2.9m);
    }

    [Fact]
    public void Write_ImputedShares_ShownOnTheHeadlineCards()
    {
        var html = File.ReadAllText(Write(new Dictionary<string, decimal> { ["revenue"] = 5.30m, ["ai_revenue"] = 5.80m, ["profit"] = 3.94m }));

        Card(html, "revenue").Should().Contain("<span class=\"imputed\">推算占比 imputed 5.3%</span>");
        Card(html, "ai_revenue").Should().Contain("推算占比 imputed 5.8%");
        Card(html, "profit").Should().Contain("推算占比 imputed 3.9%", "3.94 rounds to one decimal");
        Card(html, "employees").Should().NotContain("推算占比", "no share given");
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "dashboard", "data.json")));
        json.RootElement.GetProperty("imputed_share_pct").GetProperty("revenue").GetDecimal().Should().Be(5.30m);
    }

    [Fact]
    public void Write_CountOfEnterprises_NoDecimals()
    {
        var html = File.ReadAllText(Write());

        Card(html, "enterprises_in_scope").Should().Contain("<div class=\"value\">1,317<span class=\"unit\">个</span>");
        html.Should().NotContain("1,317.0").And.NotContain("1317.0");
    }
}
