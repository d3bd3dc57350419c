namespace ShanghaiAi.Stats.Classify;

/// <summary>What one classification run did.</summary>
/// <param name="Classified">Enterprises classified (current register rows).</param>
/// <param name="Superseded">Stored classifications closed by this run (replaced by a new result, or of an enterprise no longer in the register).</param>
/// <param name="ByCategory">Enterprises per primary category (4 digits, or 00), in code order.</param>
public sealed record ClassificationRunSummary(
    string Edition,
    DateTimeOffset ClassifiedAt,
    int Classified,
    int InScope,
    int AiEnterprises,
    int Review,
    int Overridden,
    int Superseded,
    IReadOnlyDictionary<string, int> ByCategory)
{
    /// <summary>The counts of <paramref name="results"/>.</summary>
    public static ClassificationRunSummary Of(string edition, DateTimeOffset at, IReadOnlyCollection<ClassificationResult> results, int superseded)
    {
        ArgumentNullException.ThrowIfNull(results);
        var byCategory = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in results)
        {
            byCategory[r.Category] = byCategory.GetValueOrDefault(r.Category) + 1;
        }

        return new ClassificationRunSummary(edition, at, results.Count, results.Count(r => r.InScope), results.Count(r => r.AiEnterprise),
            results.Count(r => r.Review), results.Count(r => r.ScopeBasis == ScopeBasis.Override), superseded, byCategory);
    }

    /// <summary>The counts of two runs over disjoint sets of enterprises (two ranges of one run) added together.</summary>
    public ClassificationRunSummary Plus(ClassificationRunSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var byCategory = new SortedDictionary<string, int>(ByCategory.ToDictionary(), StringComparer.Ordinal);
        foreach (var (category, count) in other.ByCategory)
        {
            byCategory[category] = byCategory.GetValueOrDefault(category) + count;
        }

        return this with
        {
            Classified = Classified + other.Classified,
            InScope = InScope + other.InScope,
            AiEnterprises = AiEnterprises + other.AiEnterprises,
            Review = Review + other.Review,
            Overridden = Overridden + other.Overridden,
            Superseded = Superseded + other.Superseded,
            ByCategory = byCategory,
        };
    }
}
