namespace ShanghaiAi.Stats.Close;

/// <summary>
/// Re-checks a suppression pattern before anything is released: no relation may leave exactly one unknown cell
/// that is sensitive (it could be recovered by subtraction), a free ratio may not rest on a suppressed sum, and a
/// flow cell suppressed last month may not be free this month (its YTD less its month value is last month's YTD).
/// </summary>
internal static class DisclosureAudit
{
    /// <summary>The problems found, each naming the relation and the exposed cell; empty when the pattern is safe.</summary>
    public static IReadOnlyList<string> Check(
        IEnumerable<SuppressionRelation> relations,
        IEnumerable<(SuppressionCell Ratio, SuppressionCell Numerator, SuppressionCell Denominator)> ratios,
        IEnumerable<SuppressionCell>? suppressedLastMonth = null)
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

        foreach (var cell in suppressedLastMonth ?? [])
        {
            if (cell.Status == "F")
            {
                problems.Add($"{cell.Id} was suppressed last month and is free now: its YTD less its month value gives last month's YTD");
            }
        }

        return problems;
    }
}
