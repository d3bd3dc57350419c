using System.Globalization;
using System.Text.Json;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.Data.Analysis;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Tests.Close.Support;
using ShanghaiAi.Stats.Tests.Pipeline;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Notebooks;

/// <summary>
/// Runs the code cells of the notebooks, in order and as one session as .NET Interactive would, against a small demo
/// warehouse, so the notebooks cannot drift from the library. <c>#r</c> lines are replaced by the test's references.
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

    /// <summary>Runs the code cells of a notebook as one session against the warehouse at <paramref name="db"/>;
    /// returns the last cell's value.</summary>
    private static async Task<object?> Run(string notebook, string db)
    {
        var cells = CodeCells(Path.Combine(RepoRoot(), "notebooks", notebook));
        Environment.SetEnvironmentVariable("AISTATS_NOTEBOOK_DB", db);
        var options = ScriptOptions.Default
            .AddReferences(typeof(IndicatorCell).Assembly, typeof(DataFrame).Assembly, typeof(CultureInfo).Assembly)
            .AddImports("System", "System.Linq", "System.Collections.Generic");

        ScriptState<object>? state = null;
        try
        {
            foreach (var cell in cells)
            {
                state = state is null ? await CSharpScript.RunAsync(cell, options) : await state.ContinueWithAsync(cell, options);
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable("AISTATS_NOTEBOOK_DB", null);
        }

        return state!.ReturnValue;
    }

    private static List<string> CodeCells(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Select(c => string.Concat(c.GetProperty("source").EnumerateArray().Select(l => l.GetString())))
            .Select(src => string.Join('\n', src.Split('\n').Where(l => !l.TrimStart().StartsWith("#r ", StringComparison.Ordinal))))
            .Where(src => src.Trim().Length > 0)
            .ToList();
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
