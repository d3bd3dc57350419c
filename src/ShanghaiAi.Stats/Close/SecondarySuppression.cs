namespace ShanghaiAi.Stats.Close;

/// <summary>
/// Secondary suppression (conf_status D) to a fixed point over every relation of every linked table at once, so
/// tables that share margins get one consistent pattern: a relation whose only unknown cell is sensitive gets a
/// second unknown, the free published member of smallest absolute value (the margin itself only when no member is
/// free).
/// </summary>
internal static class SecondarySuppression
{
    /// <summary>Marks cells D until no relation exposes a sensitive cell; returns how many were marked.</summary>
    public static int Apply(IReadOnlyList<SuppressionRelation> relations)
    {
        var marked = 0;
        bool changed;
        do
        {
            changed = false;
            foreach (var rel in relations)
            {
                var unknown = rel.Cells.Where(c => c.Unknown).Take(2).ToList();
                if (unknown.Count != 1 || !unknown[0].Sensitive)
                {
                    continue;
                }

                var pick = Smallest(rel.Members) ?? Smallest([rel.Total]);
                if (pick is null)
                {
                    continue; // nothing left to suppress: the audit reports it
                }

                pick.Status = "D";
                marked++;
                changed = true;
            }
        }
        while (changed);

        return marked;
    }

    private static SuppressionCell? Smallest(IEnumerable<SuppressionCell> cells)
        => cells.Where(c => c.Published && c.Status == "F")
            .OrderBy(c => c.Size)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .FirstOrDefault();
}
