namespace ShanghaiAi.Stats.Classify;

/// <summary>The values of <c>scope_basis</c>: why an enterprise is (or is not) in the AI sector.</summary>
public static class ScopeBasis
{
    /// <summary>Its industry code is a class wholly in the sector (rule 1a).</summary>
    public const string Class = "class";

    /// <summary>Its texts carry an AI signal (rule 1b).</summary>
    public const string Text = "text";

    /// <summary>Its reported AI revenue is at least 30% of operating revenue (rule 1c).</summary>
    public const string RevenueShare = "revenue-share";

    /// <summary>A statistician's decision (rule 4).</summary>
    public const string Override = "override";

    /// <summary>Not in the AI sector.</summary>
    public const string None = "none";
}
