using System.Globalization;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Outputs;

/// <summary>
/// Indicator cells built in memory with plausible values for output tests (the close that produces real ones is
/// another stage). Suppressed cells carry distinctive values (7777.77, 8888.88, ...) so a test can prove they
/// never leak into a public output.
/// </summary>
internal static class OutputCells
{
    public static readonly Period Sep2026 = new(2026, 9);
    public const string Vintage = "2026-09.v1";

    /// <summary>
    /// The values (month, YTD, last year's YTD) of suppressed cells, as invariant text: none of them may appear in any
    /// public output. (yoy_pct is left out: 11.1 is also the yoy of free cells; the tests check "…" cell by cell.)
    /// </summary>
    public static IReadOnlyList<string> SecretTexts(IEnumerable<IndicatorCell> cells)
        => cells.Where(c => !c.IsFree)
            .SelectMany(c => new[] { c.Value, c.ValueYtd, c.ValueYtdPrev })
            .OfType<decimal>()
            .Select(v => v.ToString(CultureInfo.InvariantCulture))
            .Distinct()
            .ToList();

    public static IndicatorCell Cell(string indicator, string breakdown, string code, decimal ytd, decimal prev,
        string conf = "F", int contributors = 25, string obs = "A", Period? period = null, string vintage = Vintage,
        decimal? month = null)
    {
        var p = period ?? Sep2026;
        var unit = ReferenceData.Embedded.Indicators.FirstOrDefault(i => i.Code == indicator)?.UnitZh ?? "千元";
        return new IndicatorCell(vintage, p, indicator, breakdown, code, month ?? Math.Round(ytd / p.Month, 2), ytd, prev,
            Yoy(ytd, prev), unit, contributors, obs, conf);
    }

    public static decimal? Yoy(decimal ytd, decimal prev)
        => prev == 0 ? null : Math.Round(((ytd / prev) - 1m) * 100m, 1, MidpointRounding.AwayFromZero);

    /// <summary>A full close of 2026-09: totals, districts, categories, parks, size classes, AI flag.</summary>
    public static List<IndicatorCell> Close()
    {
        var r = ReferenceData.Embedded;
        var cells = new List<IndicatorCell>
        {
            Cell("revenue", "total", "_T", 10_987_654m, 9_876_543m, contributors: 812, month: 1_234_567m),
            Cell("ai_revenue", "total", "_T", 4_321_000m, 3_600_000m, contributors: 640, obs: "E"),
            Cell("profit", "total", "_T", 765_432.5m, 700_000m, contributors: 812),
            Cell("rd_expense", "total", "_T", 1_020_304m, 905_000m, contributors: 800),
            new(Vintage, Sep2026, "employees", "total", "_T", 123_456m, 123_456m, 118_000m, 4.6m, "人", 812, "A", "F"),
            new(Vintage, Sep2026, "ai_revenue_share", "total", "_T", 39.3m, 39.3m, 36.4m, null, "%", 812, "A", "F"),
            new(Vintage, Sep2026, "enterprises_in_scope", "total", "_T", 812m, null, null, null, "个", 812, "A", "F"),
            new(Vintage, Sep2026, "response_rate", "total", "_T", 96.2m, null, null, null, "%", 812, "A", "F"),
        };
        var i = 0;
        foreach (var d in r.ActiveDistricts)
        {
            i++;
            var conf = d.Code switch { "310151" => "A", "310116" => "D", _ => "F" };
            var ytd = conf switch { "A" => 7777.77m, "D" => 8888.88m, _ => 100_000m * i };
            cells.Add(Cell("revenue", "district", d.Code, ytd, ytd * 0.9m, conf, conf == "A" ? 2 : 30 + i));
            cells.Add(Cell("ai_revenue", "district", d.Code, conf == "F" ? 40_000m * i : ytd - 1000m, conf == "F" ? 35_000m * i : ytd * 0.7m, conf, conf == "A" ? 2 : 30 + i));
        }

        foreach (var c in r.Categories.Where(c => c.Code != "00" && c.Parent != "00"))
        {
            var bd = c.Level == 1 ? "category_l1" : "category";
            var conf = c.Code == "0403" ? "O" : "F";
            var ytd = conf == "O" ? 6666.66m : 50_000m + (int.Parse(c.Code, CultureInfo.InvariantCulture) * 10);
            cells.Add(Cell("ai_revenue", bd, c.Code, ytd, ytd * 0.8m, conf, conf == "O" ? 4 : 12));
        }

        foreach (var p in r.Parks)
        {
            var conf = p.ParkId == "SHAIP12" ? "T" : "F";
            cells.Add(Cell("revenue", "park", p.ParkId, conf == "T" ? 5555.55m : 200_000m, conf == "T" ? 4999.99m : 180_000m, conf, conf == "T" ? 5 : 40));
        }

        cells.Add(Cell("revenue", "size_class", "规上", 9_000_000m, 8_100_000m, contributors: 300));
        cells.Add(Cell("revenue", "size_class", "规下", 1_987_654m, 1_776_543m, contributors: 512));
        cells.Add(Cell("revenue", "ai_enterprise", "Y", 10_000_000m, 9_000_000m, contributors: 700));
        cells.Add(Cell("revenue", "ai_enterprise", "N", 987_654m, 876_543m, contributors: 112));
        return cells;
    }

    /// <summary>Total rows of revenue and AI revenue for 2025-01..2026-09, two vintages for 2026-09.</summary>
    public static List<IndicatorCell> Trend()
    {
        var cells = new List<IndicatorCell>();
        for (var p = new Period(2025, 1); p <= Sep2026; p = p.AddMonths(1))
        {
            var ytd = 1_200_000m * p.Month * (p.Year == 2026 ? 1.11m : 1m);
            var prev = 1_200_000m * p.Month * (p.Year == 2026 ? 1m : 0.93m);
            var v = p == Sep2026 ? "2026-09.v2" : $"{p}.v1";
            cells.Add(Cell("revenue", "total", "_T", ytd, prev, period: p, vintage: v));
            cells.Add(Cell("ai_revenue", "total", "_T", ytd * 0.4m, prev * 0.35m, period: p, vintage: v));
        }

        // An older vintage of 2026-09 that must not be plotted.
        cells.Add(Cell("revenue", "total", "_T", 1m, 1m, period: Sep2026, vintage: "2026-09.v1"));
        return cells.Concat(Close().Where(c => c.Breakdown != "total").Select(c => c with { Vintage = "2026-09.v2" })).ToList();
    }

    /// <summary>Deletes a test's temp dir, unless AISTATS_KEEP_TEST_OUTPUT=1 (to look at what was written).</summary>
    public static void Cleanup(string dir)
    {
        if (Environment.GetEnvironmentVariable("AISTATS_KEEP_TEST_OUTPUT") != "1")
        {
            Directory.Delete(dir, true);
        }
    }

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "aistats-outputs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
