using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Functions.Hosting;
using ShanghaiAi.Stats.Intake;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>Queue <c>uploads</c> → ingestion through the core. A failure is thrown so the host retries; after
/// host.json's maxDequeueCount the upload is marked poisoned with the reason and the host moves the message to
/// <c>uploads-poison</c>.</summary>
public sealed class IngestFunction(UploadProcessor processor, HostSettings host)
{
    [Function("ingest")]
    public async Task Run(
        [QueueTrigger(StorageNames.UploadsQueue, Connection = "AzureWebJobsStorage")] string message, long dequeueCount, CancellationToken cancellationToken)
    {
        await processor.ProcessAsync(message, dequeueCount, host.MaxDequeueCount, cancellationToken).ConfigureAwait(false);
    }
}
