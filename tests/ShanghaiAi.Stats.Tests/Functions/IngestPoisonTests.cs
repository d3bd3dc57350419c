using System.Text.Json;
using ShanghaiAi.Stats.Intake;
using ShanghaiAi.Stats.Tests.Functions.Support;

namespace ShanghaiAi.Stats.Tests.Functions;

/// <summary>A message whose upload cannot be ingested (its stored file is gone) is retried maxDequeueCount times, then
/// the upload is poisoned with the reason and the message lands in uploads-poison.</summary>
public sealed class IngestPoisonTests
{
    [Fact]
    public async Task Ingest_StoredFileMissing_PoisonedWithReasonAfterMaxDequeueCount()
    {
        await using var bed = await FunctionsBed.StartAsync(extra: new Dictionary<string, string?> { ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "3" });
        var id = UploadIds.For("register", "statistician", new string('0', 64));
        var message = new UploadMessage(id, "register", "statistician", "gone.csv", new string('0', 64), 10, DateTimeOffset.UnixEpoch).ToJson();
        await new FolderQueue(Path.Combine(bed.Dir, "queues"), StorageNames.UploadsQueue, TimeProvider.System).SendAsync(message);
        var s = await bed.WaitFinal("statistician", id);
        s.GetProperty("status").GetString().Should().Be("poisoned");
        s.GetProperty("attempts").GetInt32().Should().Be(3);
        s.GetProperty("error").GetString().Should().Contain("attempt 3 of 3").And.Contain("files/" + id).And.Contain("missing");
        var poison = Path.Combine(bed.Dir, "queues", StorageNames.UploadsPoisonQueue);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10) && (!Directory.Exists(poison) || Directory.GetFiles(poison, "*.msg").Length == 0))
        {
            await Task.Delay(50);
        }

        var poisoned = Directory.GetFiles(poison, "*.msg").Single();
        JsonDocument.Parse(File.ReadAllText(poisoned)).RootElement.GetProperty("body").GetString().Should().Be(message);
        Directory.GetFiles(Path.Combine(bed.Dir, "queues", StorageNames.UploadsQueue), "*.msg").Should().BeEmpty();
    }
}
