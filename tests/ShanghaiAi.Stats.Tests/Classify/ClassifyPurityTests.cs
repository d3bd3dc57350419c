using System.Text.RegularExpressions;
using ShanghaiAi.Stats.Tests.Support;

namespace ShanghaiAi.Stats.Tests.Classify;

/// <summary>Issue 10: the classifier is pure (no warehouse, no upload readers, no SQL), and the library leaves the process's GC settings alone.</summary>
public sealed partial class ClassifyPurityTests
{
    [Fact]
    public void ClassifyFolder_UsesNoWarehouseIngestPipelineOrSql()
    {
        var offending = Directory.EnumerateFiles(Path.Combine(Src(), "Classify"), "*.cs")
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => Forbidden().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        offending.Should().BeEmpty();
    }

    [Fact]
    public void Library_NeverSetsTheGcLatencyMode()
        => Directory.EnumerateFiles(Src(), "*.cs", SearchOption.AllDirectories).Where(f => File.ReadAllText(f).Contains("GCSettings.LatencyMode =", StringComparison.Ordinal))
            .Should().BeEmpty();

    private static string Src() => Path.Combine(Path.GetDirectoryName(TestFiles.ReferenceDataDirectory())!, "src", "ShanghaiAi.Stats");

    [GeneratedRegex(@"ShanghaiAi\.Stats\.(Warehouse|Ingest|Pipeline)\b|DuckDB|\bStatsWarehouse\b|\bSELECT\b|\bINSERT\b|\bUPDATE\b")]
    private static partial Regex Forbidden();
}
