using Microsoft.Data.Analysis;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Tests.Close.Support;
using ShanghaiAi.Stats.Tests.Pipeline;

namespace ShanghaiAi.Stats.Tests.Notebooks;

/// <summary>
/// Runs every notebook on the real .NET Interactive C# kernel (<see cref="NotebookKernelRunner"/>) against a small demo
/// warehouse and checks what it ends with against the library's own results, so the notebooks cannot drift.
/// </summary>
public sealed class NotebookTests(DemoPipelineTests.SmallDemo demo) : IClassFixture<DemoPipelineTests.SmallDemo>
{
    [Fact]
    public async Task ExploreVintage_CodeCells_RunAndCutTheLatestVintage()
    {
        var result = await Run("explore-vintage.ipynb", demo.Result.DatabasePath);

        var frame = result.Should().BeOfType<DataFrame>().Subject;
        var expected = demo.Result.Close.Cells.Where(c => c.Breakdown == "category_l1" && c.IndicatorCode == "ai_revenue")
            .OrderBy(c => c.BreakdownCode, StringComparer.Ordinal).ToList();
        frame.Rows.Count.Should().Be(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            frame["member"][i].Should().Be(expected[i].BreakdownCode);
            frame["value_ytd"][i].Should().Be(expected[i].IsFree ? (double?)expected[i].ValueYtd : null);
        }

        var shares = ((DoubleDataFrameColumn)frame["share_pct"]).Where(v => v is not null).Sum(v => v!.Value);
        shares.Should().BeApproximately(100, 0.5);
    }

    [Fact]
    public async Task Revisions_CodeCells_ListTheCellsALateRevisionMoved()
    {
        using var db = new CloseDb();
        foreach (var (u, d, rev) in new[] { ("A", "310101", 100m), ("B", "310101", 110m), ("C", "310101", 120m), ("D", "310104", 130m), ("E", "310104", 140m), ("F", "310104", 150m) })
        {
            db.Enterprise(u, district: d).Report(u, "2026-08", rev - 10m).Report(u, "2026-09", rev);
        }

        var first = db.Close("2026-09");
        db.Report("A", "2026-09", 300m); // a late revision: A's YTD 100 -> 300
        var latest = db.Close("2026-09");

        var frame = (await Run("revisions.ipynb", db.Warehouse.Path)).Should().BeOfType<DataFrame>().Subject;

        var before = first.Cells.ToDictionary(c => (c.IndicatorCode, c.Breakdown, c.BreakdownCode));
        var moved = latest.Cells.Where(c => before[(c.IndicatorCode, c.Breakdown, c.BreakdownCode)] is var f
            && (f.ValueYtd != c.ValueYtd || f.ConfStatus != c.ConfStatus)).ToList();
        frame.Rows.Count.Should().Be(moved.Count);
        var rows = Enumerable.Range(0, (int)frame.Rows.Count).Select(i => frame.Rows[i]).ToList();
        var total = rows.Single(r => (string)r[0] == "revenue" && (string)r[1] == "total");
        ((double?)total[5]).Should().Be(200, "A's YTD rose from 100 to 300");
        ((double?)total[6]).Should().Be(26.67, "200 of a first release of 100 + 110 + 120 + 130 + 140 + 150 = 750");
        var district = rows.Single(r => (string)r[0] == "revenue" && (string)r[1] == "district" && (string)r[2] == "310101");
        ((double?)district[5]).Should().Be(200);
        rows.Should().NotContain(r => (string)r[0] == "employees", "no enterprise changed its staff");
        rows.Select(r => (double?)r[6] is double v ? Math.Abs(v) : 0).Should().BeInDescendingOrder("largest relative revision first");
    }

    [Fact]
    public async Task ParkIndexSensitivity_CodeCells_ReproduceThePublishedRanks()
    {
        var frame = (await Run("park-index-sensitivity.ipynb", demo.Result.DatabasePath)).Should().BeOfType<DataFrame>().Subject;

        var published = demo.Result.Parks.Scores;
        frame.Rows.Count.Should().Be(published.Count);
        for (var i = 0; i < published.Count; i++)
        {
            frame["park_id"][i].Should().Be(published[i].ParkId);
            frame["rank"][i].Should().Be(published[i].Rank);
            frame["median_rank"][i].Should().Be(published[i].RankMedian);
            frame["p05"][i].Should().Be(published[i].RankP05);
            frame["p95"][i].Should().Be(published[i].RankP95);
        }

        var scored = Enumerable.Range(0, published.Count).Where(i => published[i].Rank is not null).ToList();
        scored.Should().NotBeEmpty();
        scored.Sum(i => (int)frame["width_spread_50"][i]).Should().BeGreaterThanOrEqualTo(scored.Sum(i => (int)frame["width"][i]),
            "with this seed, twice the weight uncertainty leaves the intervals at least as wide overall");
    }

    [Fact]
    public async Task PlannersTrend_OnTheKernel_TrendOfEveryClosedPeriodAndAnInlineChart()
    {
        var run = await RunOnKernel("planners-trend.ipynb", demo.Result.DatabasePath, demo.Result.OutDir);

        var frame = run.ReturnValue.Should().BeOfType<DataFrame>().Subject;
        var closed = demo.Result.Outputs.Files.Where(f => f.StartsWith(ParquetLakeWriter.DirectoryName + "/period=", StringComparison.Ordinal))
            .Select(f => f.Split('/')[1]["period=".Length..]).Order(StringComparer.Ordinal).ToList();
        closed.Should().HaveCountGreaterThan(1, "the small demo closes more than one period");
        Enumerable.Range(0, (int)frame.Rows.Count).Select(i => (string)frame["period"][i]).Should().Equal(closed);
        var total = demo.Result.Close.Cells.Where(c => c.Breakdown == "total").ToDictionary(c => c.IndicatorCode);
        var last = frame.Rows.Count - 1;
        frame["ai_revenue"][last].Should().Be(Freed(total["ai_revenue"], c => c.Value));
        frame["ai_revenue_ytd"][last].Should().Be(Freed(total["ai_revenue"], c => c.ValueYtd));
        frame["ai_revenue_yoy_pct"][last].Should().Be(Freed(total["ai_revenue"], c => c.YoyPct));
        frame["revenue"][last].Should().Be(Freed(total["revenue"], c => c.Value));
        frame["employees"][last].Should().Be(Freed(total["employees"], c => c.Value));
        run.Displayed.Should().Contain(d => d.MimeType == "text/html" && d.Value.Contains("<img", StringComparison.Ordinal)
                                            && d.Value.Contains("base64", StringComparison.Ordinal), "the ScottPlot chart is displayed inline");
    }

    private static double? Freed(IndicatorCell cell, Func<IndicatorCell, decimal?> value)
        => cell.IsFree && value(cell) is decimal d ? (double)d : null;

    /// <summary>Runs the notebook on the .NET Interactive kernel against the warehouse at <paramref name="db"/>;
    /// returns the last cell's value.</summary>
    private static async Task<object?> Run(string notebook, string db) => (await RunOnKernel(notebook, db)).ReturnValue;

    private static async Task<NotebookRun> RunOnKernel(string notebook, string db, string? outDir = null)
    {
        Environment.SetEnvironmentVariable("AISTATS_NOTEBOOK_DB", db);
        Environment.SetEnvironmentVariable("AISTATS_NOTEBOOK_OUT", outDir);
        try
        {
            return await NotebookKernelRunner.RunAsync(Path.Combine(RepoRoot(), "notebooks", notebook));
        }
        finally
        {
            Environment.SetEnvironmentVariable("AISTATS_NOTEBOOK_DB", null);
            Environment.SetEnvironmentVariable("AISTATS_NOTEBOOK_OUT", null);
        }
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ShanghaiAi.Stats.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
