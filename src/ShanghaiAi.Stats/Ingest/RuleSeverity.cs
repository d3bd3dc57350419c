namespace ShanghaiAi.Stats.Ingest;

/// <summary>What a rule does when it fires.</summary>
public enum RuleSeverity
{
    /// <summary>The file cannot be used at all (exit 2, uploads.status = rejected-file).</summary>
    File,

    /// <summary>Hard edit: the row is rejected.</summary>
    Hard,

    /// <summary>Soft edit: the row is accepted with a warning to confirm.</summary>
    Soft,

    /// <summary>Information: reported, nothing rejected (unknown or dropped columns, revisions).</summary>
    Info,
}
