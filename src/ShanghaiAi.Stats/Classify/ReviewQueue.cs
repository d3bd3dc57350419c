using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Classify;

/// <summary>The enterprises whose current classification is flagged for review, for the close and the dashboard.</summary>
public static class ReviewQueue
{
    /// <summary>Current classifications with review = true, with the enterprise's current name, by category then USCC.</summary>
    public static IReadOnlyList<ReviewItem> List(StatsWarehouse warehouse)
    {
        using var c = Guard.NotNull(warehouse).OpenRead();
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT k.uscc, coalesce(any_value(r.name), ''), k.category, k.evidence
            FROM classifications k LEFT JOIN register r ON r.uscc = k.uscc AND r.valid_to IS NULL
            WHERE k.valid_to IS NULL AND k.review
            GROUP BY k.uscc, k.category, k.evidence
            ORDER BY k.category, k.uscc
            """;
        using var r = cmd.ExecuteReader();
        var list = new List<ReviewItem>();
        while (r.Read())
        {
            var evidence = r.GetString(3);
            list.Add(new ReviewItem(r.GetString(0), r.GetString(1), r.GetString(2), evidence, ReviewText.Reason(evidence) ?? "flagged for review"));
        }

        return list;
    }
}
