namespace ShanghaiAi.Stats.Intake;

/// <summary>Why the intake refused an upload before storing it.</summary>
public enum IntakeRefusal
{
    None,

    /// <summary>Larger than <see cref="IntakeLimits.MaxBytes"/>.</summary>
    TooLarge,

    /// <summary>The queue holds <see cref="IntakeLimits.MaxQueued"/> messages already.</summary>
    QueueFull,
}
