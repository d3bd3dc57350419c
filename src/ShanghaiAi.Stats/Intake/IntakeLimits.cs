namespace ShanghaiAi.Stats.Intake;

/// <summary>What the intake refuses: files over <paramref name="MaxBytes"/> (413), and new uploads while
/// <paramref name="MaxQueued"/> messages wait (429 with Retry-After).</summary>
public sealed record IntakeLimits(long MaxBytes = 64L * 1024 * 1024, int MaxQueued = 10_000, TimeSpan? RetryAfter = null)
{
    public TimeSpan RetryAfterOrDefault => RetryAfter ?? TimeSpan.FromSeconds(30);
}
