namespace ShanghaiAi.Stats.Classify;

/// <summary>The classification of one enterprise (one row of the classify output and of table classifications).</summary>
/// <param name="Category">The 4-digit category, or 00 when out of the AI sector.</param>
/// <param name="CategoryL1">The 2-digit level-1 code (00 when out).</param>
/// <param name="SecondaryCategories">The other matched categories, in precedence order.</param>
/// <param name="ScopeBasis">One of <see cref="Classify.ScopeBasis"/>.</param>
/// <param name="AiEnterprise">In scope and AI revenue share >= 30% (when reported): an AI enterprise (核心企业).</param>
/// <param name="Confidence">In [0, 1], two decimals.</param>
/// <param name="Review">The evidence is weak or conflicting: a statistician should look.</param>
/// <param name="Evidence">The terms, code and rule, in words a statistician can check; ends with "review: why" when flagged.</param>
public sealed record ClassificationResult(
    string Uscc,
    string Category,
    string CategoryL1,
    IReadOnlyList<string> SecondaryCategories,
    string ScopeBasis,
    bool AiEnterprise,
    double Confidence,
    bool Review,
    string Evidence)
{
    /// <summary>True when the enterprise is in the AI sector.</summary>
    public bool InScope => Category != "00";

    /// <summary>The reason of the review flag (the evidence after "review: "), or null.</summary>
    public string? ReviewReason => Review ? ReviewText.Reason(Evidence) : null;
}
