using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.ParkIndex;
using ShanghaiAi.Stats.Synthetic;

namespace ShanghaiAi.Stats.Pipeline;

/// <summary>Everything a demo run produced, for the closing summary and for tests.</summary>
public sealed record DemoResult(
    string OutDir,
    string DatabasePath,
    Period Period,
    GeneratedDataSet Data,
    IReadOnlyList<IngestResult> Uploads,
    ClassificationRunSummary Classification,
    CloseResult Close,
    ReleaseResult Release,
    IReadOnlyDictionary<string, TimeSpan> Timings)
{
    public ParkIndexResult Parks => Release.Parks;

    /// <summary>Finer stages for profiling (<c>aistats demo --verbose</c>): ingest time per kind of upload
    /// (<c>ingest.monthly-report</c>), the close's own stages summed over every month (<c>close.aggregate</c>).</summary>
    public IReadOnlyDictionary<string, TimeSpan> Stages { get; init; } = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);

    /// <summary>How many months were closed (every generated month by default).</summary>
    public int Closes { get; init; }

    public long RowsIngested => Uploads.Sum(u => (long)u.DataRows);

    public long RowsAccepted => Uploads.Sum(u => (long)u.Accepted);

    public long RowsRejected => Uploads.Sum(u => (long)u.Rejected);

    public long RowsDuplicated => Uploads.Sum(u => (long)u.Duplicates);
}
