namespace ShanghaiAi.Stats.Intake;

/// <summary>The states of an upload (<see cref="UploadRecord.Status"/>).</summary>
public static class UploadStatus
{
    public const string Queued = "queued";
    public const string Processing = "processing";
    public const string Processed = "processed";
    public const string Rejected = "rejected";
    public const string Poisoned = "poisoned";
}
