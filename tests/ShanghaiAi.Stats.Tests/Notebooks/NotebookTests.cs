using System.Globalization;
using System.Text.Json;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.Data.Analysis;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Tests.Pipeline;

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
        var cells = CodeCells(Path.Combine(RepoRoot(), "notebooks", "explore-vintage.ipynb"));
        Environment.SetEnvironmentVariable("AISTATS_NOTEBOOK_DB", demo.Result.DatabasePath);
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

        var frame = state!.ReturnValue.Should().BeOfType<DataFrame>().Subject;
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
