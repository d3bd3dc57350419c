using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace ShanghaiAi.Stats.Functions.App;

/// <summary>
/// The app settings of the functions app (Azure: Application settings; locally: environment or <c>aistats serve</c>):
/// <c>AISTATS_DB</c> the warehouse file, <c>AISTATS_STORAGE_ROOT</c> the local folder (blobs, queues, releases),
/// <c>AzureWebJobsStorage</c> a storage connection string (set: cloud mode, Azure Blob + Queue; unset: embedded),
/// <c>CLOSE_SCHEDULE</c> the close timer's 6-field NCRONTAB, <c>UPLOAD_SWEEP_SCHEDULE</c> the sweep of unfinished
/// uploads and <c>UPLOAD_STALE_AFTER</c> (hh:mm:ss) how long an upload may stand still before it is queued again,
/// <c>AISTATS_MAX_UPLOAD_BYTES</c>, <c>AISTATS_MAX_QUEUED</c>.
/// </summary>
public sealed record AppSettings(string DatabasePath, string StorageRoot, string? StorageConnection, long MaxUploadBytes, int MaxQueued,
    TimeSpan UploadStaleAfter)
{
    /// <summary>The close timer when CLOSE_SCHEDULE is not set: 02:00 on the 5th of each month.</summary>
    public const string DefaultCloseSchedule = "0 0 2 5 * *";

    /// <summary>The upload sweep when UPLOAD_SWEEP_SCHEDULE is not set: every 5 minutes.</summary>
    public const string DefaultUploadSweepSchedule = "0 */5 * * * *";

    /// <summary>When UPLOAD_STALE_AFTER is not set: 15 minutes, longer than the function timeout (10 minutes), after
    /// which a message hidden by a lost delivery comes back by itself.</summary>
    public static readonly TimeSpan DefaultUploadStaleAfter = TimeSpan.FromMinutes(15);

    /// <summary>The schedule an unset <c>%SETTING%</c> of a timer falls back to, or null when it has none.</summary>
    public static string? DefaultSchedule(string setting) => setting switch
    {
        "CLOSE_SCHEDULE" => DefaultCloseSchedule,
        "UPLOAD_SWEEP_SCHEDULE" => DefaultUploadSweepSchedule,
        _ => null,
    };

    public bool CloudStorage => !string.IsNullOrWhiteSpace(StorageConnection);

    public static AppSettings From(IConfiguration config)
    {
        var root = config["AISTATS_STORAGE_ROOT"] is { Length: > 0 } r ? r : Path.Combine(Path.GetTempPath(), "aistats-functions");
        var conn = config["AzureWebJobsStorage"];
        return new AppSettings(
            config["AISTATS_DB"] is { Length: > 0 } db ? db : Path.Combine(root, "aistats.duckdb"),
            root,
            string.IsNullOrWhiteSpace(conn) ? null : conn,
            long.TryParse(config["AISTATS_MAX_UPLOAD_BYTES"], NumberStyles.None, CultureInfo.InvariantCulture, out var b) ? b : 64L * 1024 * 1024,
            int.TryParse(config["AISTATS_MAX_QUEUED"], NumberStyles.None, CultureInfo.InvariantCulture, out var q) ? q : 10_000,
            TimeSpan.TryParse(config["UPLOAD_STALE_AFTER"], CultureInfo.InvariantCulture, out var stale) && stale > TimeSpan.Zero ? stale : DefaultUploadStaleAfter);
    }
}
