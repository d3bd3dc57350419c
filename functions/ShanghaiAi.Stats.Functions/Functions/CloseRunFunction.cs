using Microsoft.Azure.Functions.Worker;
using ShanghaiAi.Stats.Intake;

namespace ShanghaiAi.Stats.Functions.Functions;

/// <summary>Queue <c>closes</c> → the period close through the core, one at a time.</summary>
public sealed class CloseRunFunction(CloseJobs closes)
{
    [Function("close-run")]
    public async Task Run([QueueTrigger(StorageNames.ClosesQueue, Connection = "AzureWebJobsStorage")] string message, CancellationToken cancellationToken)
    {
        await closes.RunAsync(message, cancellationToken).ConfigureAwait(false);
    }
}
