using System.Text;
using Microsoft.Extensions.Time.Testing;
using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Intake;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Tests.Functions.Support;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Intake;

/// <summary>An upload whose queue message is lost (a storage service restarted without saving it) is queued again by
/// the sweep once it has stood still for the stale time, is then processed once, and is no longer swept.</summary>
public sealed class UploadSweepTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "aistats-sweep-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 3, 1, 0, 0, TimeSpan.Zero));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task RequeueStale_MessageLost_QueuedAgainAfterStaleTimeThenProcessedOnceAndForgotten()
    {
        var records = new UploadRecords(new FolderBlobStore(Path.Combine(_root, "blobs")));
        var queue = new FolderQueue(Path.Combine(_root, "queues"), "uploads", _time);
        var intake = new UploadIntake(records, queue, new IntakeLimits(), _time);
        var accepted = await intake.AcceptAsync(Caller.Statistician, "register", "register.csv",
            new MemoryStream(Encoding.UTF8.GetBytes(FunctionsData.Register)));
        var id = accepted.Record!.UploadId;
        (await records.PendingAsync()).Should().Equal(id);

        // The message is lost: taken off the queue and never handled.
        var lost = await queue.ReceiveAsync(TimeSpan.FromMinutes(10));
        await queue.DeleteAsync(lost!);
        var sweep = new UploadSweep(records, queue, _time);
        var stale = TimeSpan.FromMinutes(15);

        _time.Advance(TimeSpan.FromMinutes(14));
        (await sweep.RequeueStaleAsync(stale)).Should().BeEmpty("the upload has stood still 14 minutes, less than 15");
        (await queue.ReceiveAsync(TimeSpan.FromMinutes(10))).Should().BeNull();

        _time.Advance(TimeSpan.FromMinutes(2));
        (await sweep.RequeueStaleAsync(stale)).Should().Equal(id);
        (await sweep.RequeueStaleAsync(stale)).Should().BeEmpty("a requeued upload starts its stale time again");
        var again = await queue.ReceiveAsync(TimeSpan.FromMinutes(10));
        UploadMessage.Parse(again!.Body).Should().Be(UploadMessage.Parse(lost!.Body));

        var db = Path.Combine(_root, "w.duckdb");
        var service = new IngestService(StatsWarehouse.Open(db), ReferenceData.Embedded, _time, IngestOptions.ForDatabase(db));
        var processor = new UploadProcessor(records, service.Ingest, _time);
        var done = await processor.ProcessAsync(again.Body, again.DequeueCount, 5);
        done.Status.Should().Be(UploadStatus.Processed);
        (await records.PendingAsync()).Should().BeEmpty("a finished upload is no longer pending");

        _time.Advance(TimeSpan.FromHours(1));
        (await sweep.RequeueStaleAsync(stale)).Should().BeEmpty();
        var replay = await processor.ProcessAsync(again.Body, 2, 5);
        replay.Should().BeEquivalentTo(done, "a message delivered twice leaves the finished upload as it was");
    }

    [Fact]
    public async Task RequeueStale_FinishedUploadWithMarkerLeftBehind_MarkerClearedNothingQueued()
    {
        var records = new UploadRecords(new FolderBlobStore(Path.Combine(_root, "blobs")));
        var queue = new FolderQueue(Path.Combine(_root, "queues"), "uploads", _time);
        var message = new UploadMessage("up-0123456789abcdef01234567", "register", "statistician", "r.csv", new string('a', 64), 10, _time.GetUtcNow());
        await records.SaveAsync(message.ToRecord(UploadStatus.Rejected));
        await records.MarkPendingAsync(message.UploadId);
        _time.Advance(TimeSpan.FromDays(1));

        (await new UploadSweep(records, queue, _time).RequeueStaleAsync(TimeSpan.FromMinutes(15))).Should().BeEmpty();
        (await records.PendingAsync()).Should().BeEmpty();
        (await queue.ReceiveAsync(TimeSpan.FromMinutes(1))).Should().BeNull();
    }
}
