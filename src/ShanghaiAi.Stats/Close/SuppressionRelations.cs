using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Close;

/// <summary>The linear relations the secondary suppression must protect.</summary>
internal static class SuppressionRelations
{
    /// <summary>
    /// The linear relations of the published tables: each one-dimensional breakdown sums to the total (with its
    /// unpublished residual, e.g. no park, as a hidden member), each category_l1 is the sum of its categories, and in
    /// every member ai_revenue is the sum of its three parts.
    /// </summary>
    internal static List<SuppressionRelation> Of(IReadOnlyList<AggregateRow> rows, IReadOnlyDictionary<string, SuppressionCell> supp)
    {
        var relations = new List<SuppressionRelation>();
        foreach (var ind in rows.GroupBy(r => r.Indicator, StringComparer.Ordinal))
        {
            if (!supp.TryGetValue(CellBuilder.Key(ind.Key, "total", "_T"), out var total))
            {
                continue;
            }

            foreach (var b in ind.Where(r => r.Breakdown is not "total" and not "category").GroupBy(r => r.Breakdown, StringComparer.Ordinal))
            {
                relations.Add(new SuppressionRelation(total, b.Select(r => supp[CellBuilder.Key(r.Indicator, r.Breakdown, r.Code)]).ToList()));
            }

            foreach (var l1 in ind.Where(r => r.Breakdown == "category").GroupBy(r => r.ParentCode ?? string.Empty, StringComparer.Ordinal))
            {
                if (supp.TryGetValue(CellBuilder.Key(ind.Key, "category_l1", l1.Key), out var parent))
                {
                    relations.Add(new SuppressionRelation(parent, l1.Select(r => supp[CellBuilder.Key(r.Indicator, r.Breakdown, r.Code)]).ToList()));
                }
            }
        }

        foreach (var m in rows.Where(r => r.Indicator == "ai_revenue" && r.Code is not null))
        {
            var parts = CloseIndicator.AiRevenueParts.Select(p => supp.GetValueOrDefault(CellBuilder.Key(p, m.Breakdown, m.Code))).ToList();
            if (parts.All(p => p is not null))
            {
                relations.Add(new SuppressionRelation(supp[CellBuilder.Key(m.Indicator, m.Breakdown, m.Code)], parts!));
            }
        }

        return relations;
    }
}
