using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Intake;

namespace ShanghaiAi.Stats.Functions.App;

/// <summary>The app's queues by name (uploads, closes and their poison queues), in the chosen storage.</summary>
public sealed class QueueSet(Func<string, IMessageQueue> open)
{
    private readonly Dictionary<string, IMessageQueue> _queues = new(StringComparer.Ordinal);

    public IMessageQueue Uploads => Get(StorageNames.UploadsQueue);

    public IMessageQueue Closes => Get(StorageNames.ClosesQueue);

    public IMessageQueue Get(string name)
    {
        if (!BlobName.IsSafe(name) || name.Contains('/', StringComparison.Ordinal))
        {
            throw new StatsException($"queue '{name}': expected letters, digits and '-'");
        }

        lock (_queues)
        {
            if (!_queues.TryGetValue(name, out var q))
            {
                q = open(name);
                _queues[name] = q;
            }

            return q;
        }
    }
}
