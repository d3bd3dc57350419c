namespace ShanghaiAi.Stats.Close;

/// <summary>
/// Re-checks a suppression pattern before anything is released: no relation may leave exactly one unknown cell
/// that is sensitive (it could be recovered by subtraction), and a free ratio may not rest on a suppressed sum.
/// </summary>
internal static class DisclosureAudit
{
    /// <summary>The problems found, each naming the relation and the exposed cell; empty when the pattern is safe.</summary>
    public static IReadOnlyList<string> Check(
        IEnumerable<SuppressionRelation> relations,
        IEnumerable<(SuppressionCell Ratio, SuppressionCell Numerator, SuppressionCell Denominator)> ratios)
    {
        var problems = new List<string>();
        foreach (var rel in relations)
        {
            var unknown = rel.Cells.Where(c => c.Unknown).Take(2).ToList();
            if (unknown.Count == 1 && unknown[0].Sensitive)
            {
                problems.Add($"{unknown[0].Id} (conf_status {unknown[0].Status}) can be recovered from {rel}");
            }
        }

        foreach (var (ratio, num, den) in ratios)
        {
            if (ratio.Status == "F" && (num.Status != "F" || den.Status != "F"))
            {
                problems.Add($"{ratio.Id} is free but its sums are not: {num}, {den}");
            }
        }

        return problems;
    }
}
