using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Tests.Outputs;

/// <summary>The charts of <see cref="OutputCells.Trend"/>, rendered once per test class (rendering is the slow part).</summary>
public sealed class ChartsFixture : IDisposable
{
    public ChartsFixture()
    {
        Root = OutputCells.TempDir();
        Dir = Path.Combine(Root, "charts");
        Files = ChartWriter.WriteAll(OutputCells.Trend(), ReferenceData.Embedded, Dir);
    }

    public string Root { get; }

    public string Dir { get; }

    public IReadOnlyList<string> Files { get; }

    public void Dispose() => OutputCells.Cleanup(Root);
}
