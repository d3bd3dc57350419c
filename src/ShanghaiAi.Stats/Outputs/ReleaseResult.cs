using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.ParkIndex;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>What a release wrote: its two parts (paths relative to <paramref name="OutDir"/>) and the park index.</summary>
/// <param name="PublicFiles">Files of <c>public/</c>, the only part that may be published: e.g. <c>public/indicators-public.csv</c>.</param>
/// <param name="InternalFiles">Files of <c>internal/</c>, the statistician's: e.g. <c>internal/indicators.csv</c>.</param>
public sealed record ReleaseResult(
    string VintageId,
    Period Period,
    string OutDir,
    bool PublicReleased,
    IReadOnlyList<string> PublicFiles,
    IReadOnlyList<string> InternalFiles,
    ParkIndexResult Parks)
{
    /// <summary>Every file, public part first.</summary>
    public IReadOnlyList<string> Files => [.. PublicFiles, .. InternalFiles];

    /// <summary>The full path of a file of the release by its name (<c>indicators.csv</c>) or relative path (<c>charts/trend-ytd.png</c>).</summary>
    public string PathOf(string name)
    {
        var rel = Files.FirstOrDefault(f => f.EndsWith("/" + name, StringComparison.Ordinal))
                  ?? throw new StatsException($"release of {VintageId} in {OutDir}: no file {name}; it has {string.Join(", ", Files)}");
        return System.IO.Path.GetFullPath(System.IO.Path.Combine(OutDir, rel));
    }
}
