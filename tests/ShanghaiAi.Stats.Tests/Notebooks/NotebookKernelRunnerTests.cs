using System.Text.Json.Nodes;

namespace ShanghaiAi.Stats.Tests.Notebooks;

public sealed class NotebookKernelRunnerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aistats-nb-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task RunAsync_CellsShareOneSession_ReturnsLastValueAndDisplays()
    {
        var path = Write(["var x = 21;", "display(HTML(\"<b>x</b>\"));", "x * 2"]);

        var run = await NotebookKernelRunner.RunAsync(path);

        run.ReturnValue.Should().Be(42);
        run.Displayed.Should().ContainSingle(d => d.MimeType == "text/html" && d.Value == "<b>x</b>");
    }

    [Theory]
    [InlineData("throw new InvalidOperationException(\"boom\");", "boom")]
    [InlineData("int y = \"text\";", "CS0029")]
    [InlineData("#!no-such-magic", "no-such-magic")]
    public async Task RunAsync_FailingCell_ThrowsNamingNotebookAndCell(string failing, string expected)
    {
        var path = Write(["var x = 1;", failing]);

        var act = () => NotebookKernelRunner.RunAsync(path);

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().StartWith("t.ipynb cell 3:").And.Contain(expected);
    }

    [Fact]
    public void Rewrite_RelativeAndNugetReferences_BecomeAbsolutePaths()
    {
        var code = NotebookKernelRunner.Rewrite("#r \"../lib/a.dll\"\n#r \"nuget: Microsoft.Data.Analysis, 0.23.1\"\nvar z = 1;", "/nb/notebooks");

        var lines = code.Split('\n');
        lines[0].Should().Be("#r \"/nb/lib/a.dll\"");
        lines.Should().Contain(l => l.EndsWith("microsoft.data.analysis/0.23.1/lib/net8.0/Microsoft.Data.Analysis.dll\"", StringComparison.Ordinal));
        lines.Should().Contain(l => l.Contains("/apache.arrow/", StringComparison.Ordinal), "the package's dependencies come along");
        lines[^1].Should().Be("var z = 1;");
    }

    private string Write(string[] cells)
    {
        var json = new JsonObject
        {
            ["cells"] = new JsonArray(
                new[] { (JsonNode)new JsonObject { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = "# t" } }
                .Concat(cells.Select(c => (JsonNode)new JsonObject
                {
                    ["cell_type"] = "code", ["execution_count"] = null, ["outputs"] = new JsonArray(),
                    ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } },
                    ["source"] = c,
                })).ToArray()),
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
                ["language_info"] = new JsonObject { ["name"] = "C#" },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        var path = Path.Combine(_dir, "t.ipynb");
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }
}
