namespace ShanghaiAi.Stats.Intake;

/// <summary>The queue and blob names the app uses, in both storage modes.</summary>
public static class StorageNames
{
    /// <summary>Uploads waiting for ingestion.</summary>
    public const string UploadsQueue = "uploads";

    /// <summary>Where a message goes after maxDequeueCount failed deliveries (Azure's naming: QUEUE-poison).</summary>
    public const string UploadsPoisonQueue = "uploads-poison";

    /// <summary>Period closes waiting to run.</summary>
    public const string ClosesQueue = "closes";

    public const string ClosesPoisonQueue = "closes-poison";

    /// <summary>The blob container (local: a folder).</summary>
    public const string Container = "aistats";
}
