using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace ShanghaiAi.Stats.Functions.App;

/// <summary>
/// The app settings of the functions app (Azure: Application settings; locally: environment or <c>aistats serve</c>):
/// <c>AISTATS_DB</c> the warehouse file, <c>AISTATS_STORAGE_ROOT</c> the local folder (blobs, queues, releases),
/// <c>AzureWebJobsStorage</c> a storage connection string (set: cloud mode, Azure Blob + Queue; unset: embedded),
/// <c>CLOSE_SCHEDULE</c> the close timer's 6-field NCRONTAB, <c>AISTATS_MAX_UPLOAD_BYTES</c>, <c>AISTATS_MAX_QUEUED</c>.
/// </summary>
public sealed record AppSettings(string DatabasePath, string StorageRoot, string? StorageConnection, long MaxUploadBytes, int MaxQueued)
{
    /// <summary>The close timer when CLOSE_SCHEDULE is not set: 02:00 on the 5th of each month.</summary>
    public const string DefaultCloseSchedule = "0 0 2 5 * *";

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
            int.TryParse(config["AISTATS_MAX_QUEUED"], NumberStyles.None, CultureInfo.InvariantCulture, out var q) ? q : 10_000);
    }
}
