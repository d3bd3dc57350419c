using System.Globalization;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Tests.Outputs;
using ShanghaiAi.Stats.Warehouse;
using SkiaSharp;

namespace ShanghaiAi.Stats.Tests.Pipeline;

/// <summary>
/// The trend charts of the small demo (every one of its 14 months closed, 2025-09..2026-10), checked against the
/// warehouse by independent DuckDB queries: what the charts plot is what the latest vintages hold.
/// </summary>
[Collection(SmallDemoCollection.Name)]
public sealed class DemoTrendChartsTests(DemoPipelineTests.SmallDemo demo)
{
    private string Charts => Path.Combine(demo.Result.OutDir, "public", "charts");

    [Fact]
    public void Release_EveryChart_PngAndSvgOfPlausibleSizeWithChineseInTheCjkFont()
    {
        foreach (var name in ChartWriter.Names)
        {
            var png = Path.Combine(Charts, name + ".png");
            using (var bitmap = SKBitmap.Decode(png))
            {
                bitmap.Should().NotBeNull(png);
                bitmap.Width.Should().Be(ChartWriter.Width);
                bitmap.Height.Should().Be(ChartWriter.Height);
            }

            new FileInfo(png).Length.Should().BeInRange(15_000, 2_000_000, name);
            var texts = ChartTexts.Svg(Path.Combine(Charts, name + ".svg"));
            texts.Should().Contain(t => t.Any(ch => ch >= '\u4e00' && ch <= '\u9fff'), name);
            ChartTexts.MissingGlyphs(texts).Should().BeEmpty($"{name}: no tofu");
        }
    }

    [Fact]
    public void Release_MonthlyTrend_PlotsEveryClosedMonthFromTheLatestVintages()
    {
        var sql = LatestTotals("revenue");
        var warehouse = StatsWarehouse.Open(demo.Result.DatabasePath);
        var plotted = TrendSeries.Monthly(PublicCell.Of([.. VintageStore.LatestTotalsBefore(warehouse, demo.Result.Period),
            .. VintageStore.Cells(warehouse, demo.Result.Close.VintageId)]), "revenue");

        // 2025-09 is the first month closed (its month value would be its whole YTD); January 2026 is inside 1-2月.
        plotted.Select(p => p.Period.ToString()).Should().Equal(sql.Keys.Where(k => k is not "2025-09" and not "2026-01"));
        plotted.Single(p => p.Period == new Period(2026, 2)).Value.Should().Be(sql["2026-02"].Ytd, "1-2月 = February's YTD");
        plotted.Single(p => p.Period == new Period(2026, 3)).Value.Should().Be(sql["2026-03"].Value);
        plotted.Single(p => p.Period == new Period(2025, 12)).Value.Should().Be(sql["2025-12"].Value);
        ChartTexts.Svg(Path.Combine(Charts, "trend-month.svg")).Should().Contain("2026年1-2月").And.Contain("2025年10月");
    }

    [Fact]
    public void Release_YearToDateChart_BarsLabelledWithTheVintagesYtd()
    {
        var revenue = LatestTotals("revenue");
        var ai = LatestTotals("ai_revenue");
        var ytd2026 = revenue.Concat(ai).Where(kv => kv.Key.StartsWith("2026-", StringComparison.Ordinal) && kv.Key != "2026-01").Select(kv => kv.Value.Ytd).ToList();
        var divisor = ytd2026.Max() >= 100_000m ? 100_000m : 10m;
        string Label(decimal v) => Math.Round((double)(v / divisor), 1).ToString("#,##0.##", CultureInfo.InvariantCulture);

        var texts = ChartTexts.Svg(Path.Combine(Charts, "trend-ytd.svg"));

        texts.Should().Contain(Label(revenue["2026-10"].Ytd)).And.Contain(Label(ai["2026-10"].Ytd)).And.Contain(Label(revenue["2026-02"].Ytd));
        texts.Should().Contain("1-2月").And.Contain("1-10月").And.Contain("同比增速 YoY (%)");
    }

    [Fact]
    public void Release_GrowthByCategory_BarsLabelledWithEachFreeCategorysYoy()
    {
        var expected = new List<(string Code, decimal Yoy)>();
        using (var c = Open())
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = $"""
                SELECT breakdown_code, yoy_pct FROM indicator_cells
                WHERE vintage_id = '{demo.Result.Close.VintageId}' AND indicator_code = 'ai_revenue' AND breakdown = 'category'
                  AND conf_status = 'F' AND yoy_pct IS NOT NULL
                """;
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                expected.Add((r.GetString(0), r.GetDecimal(1)));
            }
        }

        var texts = ChartTexts.Svg(Path.Combine(Charts, "growth-by-category.svg"));

        expected.Should().HaveCountGreaterThan(3);
        foreach (var (code, yoy) in expected)
        {
            texts.Should().Contain(yoy.ToString("0.0", CultureInfo.InvariantCulture), code);
        }
    }

    [Fact]
    public void Release_GrowthByDistrict_ListsAllSixteenDistricts()
    {
        var texts = ChartTexts.Svg(Path.Combine(Charts, "growth-by-district.svg"));
        var districts = ShanghaiAi.Stats.Reference.ReferenceData.Embedded.ActiveDistricts.ToList();

        districts.Should().HaveCount(16);
        districts.Should().OnlyContain(d => texts.Any(t => t == d.NameZh || t.StartsWith(d.NameZh + " ", StringComparison.Ordinal)));
    }

    /// <summary>Period -> (month value, YTD) of the total cell of the latest vintage of each closed period, by SQL.</summary>
    private SortedDictionary<string, (decimal Value, decimal Ytd)> LatestTotals(string indicator)
    {
        using var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"""
            SELECT strftime(i.period, '%Y-%m'), i.value, i.value_ytd
            FROM indicator_cells i
            JOIN (SELECT arg_max(vintage_id, sequence) AS v FROM vintages GROUP BY period) l ON l.v = i.vintage_id
            WHERE i.indicator_code = '{indicator}' AND i.breakdown = 'total'
            """;
        using var r = cmd.ExecuteReader();
        var d = new SortedDictionary<string, (decimal, decimal)>(StringComparer.Ordinal);
        while (r.Read())
        {
            d[r.GetString(0)] = (r.GetDecimal(1), r.GetDecimal(2));
        }

        return d;
    }

    private DuckDBConnection Open()
    {
        var c = new DuckDBConnection($"Data Source={demo.Result.DatabasePath}");
        c.Open();
        return c;
    }
}
