using ShanghaiAi.Stats.Intake;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Intake;

public sealed class UploadOverviewTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 3, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Merge_AppRecordsAndWarehouseRows_EachUploadOnceWithItsSourceNewestFirst()
    {
        var processed = Record("A1", "sha-a", "association:A01", T0.AddMinutes(10)) with { Status = UploadStatus.Processed, IngestId = "Uaaaa", Accepted = 3 };
        var refused = Record("A2", "sha-b", "association:A01", T0.AddMinutes(20)) with { Status = UploadStatus.Rejected };
        var queued = Record("A3", "sha-c", "enterprise:91310000MA1FL00001", T0.AddMinutes(30));
        var logged = new[]
        {
            Logged("Uaaaa", "sha-a", "association", "A01", T0.AddMinutes(11), "loaded"),          // processed's row: matched by ingest id
            Logged("Ubbbb", "sha-b", "association", "A01", T0.AddMinutes(21), "rejected-file"),   // refused's row: matched by content, kind, sender
            Logged("Ucccc", "sha-d", "statistician", "local", T0.AddMinutes(5), "loaded", accepted: 2000), // the CLI's
            Logged("Udddd", "sha-e", "park", "SHAIP01", T0.AddMinutes(25), "failed"),
            Logged("Ueeee", "sha-a", "association", "A02", T0.AddMinutes(40), "received"),      // same bytes, another sender
        };

        var all = UploadOverview.Merge([processed, refused, queued], logged);

        all.Select(u => (u.UploadId, u.Source, u.Status, u.Owner)).Should().Equal(
            ("Ueeee", "cli", UploadStatus.Processing, "association:A02"),
            ("A3", "api", UploadStatus.Queued, "enterprise:91310000MA1FL00001"),
            ("Udddd", "cli", UploadStatus.Poisoned, "park:SHAIP01"),
            ("A2", "api", UploadStatus.Rejected, "association:A01"),
            ("A1", "api", UploadStatus.Processed, "association:A01"),
            ("Ucccc", "cli", UploadStatus.Processed, "statistician"));
        all.Single(u => u.UploadId == "Ucccc").Accepted.Should().Be(2000);
        all.Single(u => u.UploadId == "A1").Accepted.Should().Be(3);
    }

    private static UploadRecord Record(string id, string sha, string owner, DateTimeOffset at) => new()
    {
        UploadId = id, Kind = "monthly-report", Status = UploadStatus.Queued, Owner = owner, FileName = id + ".csv", Sha256 = sha, ReceivedAt = at,
    };

    private static LoggedUpload Logged(string id, string sha, string role, string actor, DateTimeOffset at, string status, int? accepted = null) =>
        new(id, sha, "monthly-report", id + ".csv", role, actor, at.UtcDateTime, status, accepted, accepted, 0, 0);
}
