using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Classify;

/// <summary>The checks a statistician's decision (rule 4) passes before it is recorded.</summary>
public static class OverrideCheck
{
    /// <summary>
    /// The decision with its code normalised and its texts trimmed; a valid USCC, a category of <paramref name="standard"/>
    /// (or 00), a reason and who decided are required. <paramref name="where"/> names the input in messages ("overrides.csv row 3").
    /// </summary>
    public static ClassificationOverride Validate(ClassificationOverride decision, ClassificationStandard standard, string where)
    {
        var d = Guard.NotNull(decision);
        Guard.NotNull(standard);
        var uscc = Uscc.Normalise(d.Uscc ?? string.Empty);
        if (Uscc.Problem(uscc) is { } problem)
        {
            throw new StatsException($"{where}, column uscc: expected a valid unified social credit code, found '{d.Uscc}' ({problem})");
        }

        var category = (d.Category ?? string.Empty).Trim();
        if (!standard.IsAssignable(category))
        {
            throw new StatsException($"{where}, column category: expected a 4-digit category of edition {standard.Edition} or 00, found '{d.Category}'");
        }

        if (string.IsNullOrWhiteSpace(d.Reason))
        {
            throw new StatsException($"{where}, column reason: expected the reason of the decision, found an empty value");
        }

        if (string.IsNullOrWhiteSpace(d.DecidedBy))
        {
            throw new StatsException($"{where}, column decided_by: expected who decided, found an empty value");
        }

        return d with { Uscc = uscc, Category = category, Reason = d.Reason.Trim(), DecidedBy = d.DecidedBy.Trim() };
    }
}
