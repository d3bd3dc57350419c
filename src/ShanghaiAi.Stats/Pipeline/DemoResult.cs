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

    public long RowsIngested => Uploads.Sum(u => (long)u.DataRows);

    public long RowsAccepted => Uploads.Sum(u => (long)u.Accepted);

    public long RowsRejected => Uploads.Sum(u => (long)u.Rejected);

    public long RowsDuplicated => Uploads.Sum(u => (long)u.Duplicates);
}
