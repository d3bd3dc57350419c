namespace ShanghaiAi.Stats.Synthetic;

/// <summary>The files one generator run wrote.</summary>
/// <param name="ReportPaths">Monthly reports and revision files in upload order: monthly-YYYY-MM.csv, then
/// revisions-YYYY-MM.csv (restating period YYYY-MM minus one month) right after the month it came with.</param>
/// <param name="Enterprises">Enterprises in the register.</param>
public sealed record GeneratedDataSet(
    string RegisterPath,
    IReadOnlyList<string> ReportPaths,
    IReadOnlyList<string> MemberRosterPaths,
    IReadOnlyList<string> ParkReportPaths,
    string TruthPath,
    int Enterprises)
{
    /// <summary>The revision files alone (also listed in <see cref="ReportPaths"/>).</summary>
    public IReadOnlyList<string> RevisionPaths { get; init; } = [];

    /// <summary>dirty-manifest.csv listing every injected error (file, line, uscc, period, kind), when --dirty.</summary>
    public string? DirtyManifestPath { get; init; }

    /// <summary>Report rows written (monthly files only, without injected duplicates).</summary>
    public long ReportRows { get; init; }
}
