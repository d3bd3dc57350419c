using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Intake;

/// <summary>
/// Every upload, whoever sent it and however: the app's upload records (uploads through the API, queued ones
/// included) merged with the warehouse's uploads table (the CLI's and the demo pipeline's uploads too). An app upload
/// is one listing: the warehouse rows it became (matched by its ingest id, or by content, kind and sender for an
/// upload the ingest refused) are not listed again. Newest first.
/// </summary>
public static class UploadOverview
{
    public static IReadOnlyList<UploadListing> Merge(IReadOnlyList<UploadRecord> records, IReadOnlyList<LoggedUpload> logged)
    {
        Guard.NotNull(records);
        Guard.NotNull(logged);
        var ingested = records.Where(r => r.IngestId is not null).Select(r => r.IngestId!).ToHashSet(StringComparer.Ordinal);
        var sent = records.Select(r => (r.Sha256, r.Kind, r.Owner)).ToHashSet();
        var fromApi = records.Select(r => new UploadListing
        {
            UploadId = r.UploadId, Source = UploadListing.Api, Kind = r.Kind, Status = r.Status, Owner = r.Owner, FileName = r.FileName,
            ReceivedAt = r.ReceivedAt, Accepted = r.Accepted, Rejected = r.Rejected, Duplicates = r.Duplicates, Rows = r.Rows, IngestId = r.IngestId,
        });
        var fromCli = logged.Where(u => !ingested.Contains(u.UploadId) && !sent.Contains((u.Sha256, u.Kind, OwnerOf(u)))).Select(u => new UploadListing
        {
            UploadId = u.UploadId, Source = UploadListing.Cli, Kind = u.Kind, Status = StatusOf(u.Status), Owner = OwnerOf(u), FileName = u.FileName,
            ReceivedAt = new DateTimeOffset(DateTime.SpecifyKind(u.ReceivedAt, DateTimeKind.Utc)), Accepted = u.Accepted, Rejected = u.Rejected,
            Duplicates = u.Duplicates, Rows = u.Rows, IngestId = u.UploadId,
        });
        return fromApi.Concat(fromCli).OrderByDescending(u => u.ReceivedAt).ThenBy(u => u.UploadId, StringComparer.Ordinal).ToList();
    }

    /// <summary>The app's status of a warehouse row: loaded is processed, a file rejected whole is rejected, an ingest that
    /// failed is poisoned (given up), one received but not finished is processing.</summary>
    public static string StatusOf(string stored) => stored switch
    {
        "loaded" => UploadStatus.Processed,
        "rejected-file" => UploadStatus.Rejected,
        "failed" => UploadStatus.Poisoned,
        _ => UploadStatus.Processing,
    };

    /// <summary>The sender as the app names owners (<c>statistician</c>, <c>association:A01</c>).</summary>
    public static string OwnerOf(LoggedUpload upload)
    {
        Guard.NotNull(upload);
        return Caller.ParseRole(upload.Role) is { } role
            ? (role is Role.Statistician or Role.Planner ? new Caller(role, null) : new Caller(role, upload.Actor)).ToString()
            : upload.Role;
    }
}
