using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// The planners' dashboard of one period: a static, self-contained site (<c>index.html</c>, <c>data.json</c>,
/// <c>charts/</c>) with headline indicators, the public indicator table ("…" for suppressed cells), trend charts,
/// and park scores. It is public: nothing enterprise-level (the review queue is internal, in the release's
/// <c>internal/</c> part). No network: inline CSS and vanilla JS only. Only disclosure-safe values are
/// written: cells are passed through <see cref="PublicCell"/> before anything is rendered.
/// </summary>
public static class DashboardWriter
{
    /// <summary>Headline indicators, in display order.</summary>
    public static readonly IReadOnlyList<string> Headlines =
        ["revenue", "ai_revenue", "ai_revenue_share", "profit", "rd_expense", "employees", "enterprises_in_scope", "response_rate"];

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>
    /// Writes the dashboard of <paramref name="period"/> into <paramref name="dashboardDir"/> and returns the path of
    /// index.html. <paramref name="cells"/> may hold earlier periods (for the trend charts).
    /// </summary>
    public static string Write(IReadOnlyList<IndicatorCell> cells, ReferenceData reference, Period period, string dashboardDir,
        DashboardOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(reference);
        Guard.NotEmpty(dashboardDir);
        options ??= DashboardOptions.Default;
        if (cells.Any(c => c.Period == period) && cells.Where(c => c.Period == period).All(c => !PublicCell.IsPublishable(c)))
        {
            throw new StatsException($"{dashboardDir}: period {period} is provisional (obs_status P: published only combined, e.g. as 1-2月); no dashboard");
        }

        var published = PublicCell.Of(CellSelection.LatestVintagePerPeriod(cells.Where(c => c.Period <= period)));
        var ofPeriod = CellSelection.ForPeriod(published, period, Path.Combine(dashboardDir, "index.html"));
        Directory.CreateDirectory(dashboardDir);
        var chartsDir = Path.Combine(dashboardDir, "charts");
        var charts = options.ChartsDir is { } source ? CopyCharts(source, chartsDir) : ChartWriter.WriteAll(published, reference, chartsDir);
        var chartLinks = charts.Where(f => f.EndsWith(".png", StringComparison.Ordinal))
            .Select(f => "charts/" + Path.GetFileName(f)).ToList();
        var page = new Page(reference, period, ofPeriod[0].Vintage, ofPeriod, chartLinks, options.ParkScores,
            options.ImputedSharePct ?? new Dictionary<string, decimal>());

        File.WriteAllText(Path.Combine(dashboardDir, "data.json"), JsonSerializer.Serialize(Data(page), Json));
        var index = Path.Combine(dashboardDir, "index.html");
        File.WriteAllText(index, DashboardHtml.Render(page));
        return index;
    }

    /// <summary>What one dashboard page shows.</summary>
    internal sealed record Page(
        ReferenceData Reference,
        Period Period,
        string Vintage,
        IReadOnlyList<IndicatorCell> Cells,
        IReadOnlyList<string> Charts,
        IReadOnlyList<DashboardParkScore>? Parks,
        IReadOnlyDictionary<string, decimal> ImputedSharePct);

    private static object Data(Page page) => new
    {
        Period = page.Period.ToString(),
        PeriodLabelZh = page.Period.YtdLabelZh,
        PeriodLabelEn = ReturnSheetFrame.PeriodLabelEn(page.Period),
        page.Vintage,
        Note = "Public, disclosure-safe values: null where a cell is suppressed (conf_status not F).",
        Indicators = page.Reference.Indicators.Select(i => new { i.Code, i.NameZh, i.NameEn, i.UnitZh, i.UnitEn }),
        Cells = page.Cells.Select(c =>
        {
            var m = Members.Of(page.Reference, c.Breakdown, c.BreakdownCode);
            return new
            {
                c.IndicatorCode, c.Breakdown, c.BreakdownCode, MemberZh = m.NameZh, MemberEn = m.NameEn, c.Value, c.ValueYtd,
                c.ValueYtdPrev, c.YoyPct, c.ChangePp, c.Unit, c.ObsStatus, c.ConfStatus,
            };
        }),
        ImputedSharePct = page.ImputedSharePct,
        page.Charts,
        ParkScores = page.Parks,
    };

    private static List<string> CopyCharts(string source, string target)
    {
        if (!Directory.Exists(source))
        {
            throw new StatsException($"{source}: charts folder not found");
        }

        Directory.CreateDirectory(target);
        var files = new List<string>();
        foreach (var name in ChartWriter.Names.SelectMany(n => new[] { n + ".png", n + ".svg" }))
        {
            var from = Path.Combine(source, name);
            if (File.Exists(from))
            {
                var to = Path.Combine(target, name);
                File.Copy(from, to, overwrite: true);
                files.Add(to);
            }
        }

        return files;
    }
}
