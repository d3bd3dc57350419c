namespace ShanghaiAi.Stats.Intake;

/// <summary>The outcome of <see cref="UploadIntake.AcceptAsync"/>: the upload's record (null when refused), whether it
/// is new (false: the same content was sent before), or the refusal and its message.</summary>
public sealed record IntakeResult(UploadRecord? Record, bool IsNew, IntakeRefusal Refusal = IntakeRefusal.None, string? Message = null);
