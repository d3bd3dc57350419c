using DuckDB.NET.Data;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// Every period with published indicator cells (a closed period), newest first, with its vintages in sequence order:
/// what a public period and vintage picker offers. Periods whose cells are all provisional (obs_status P, a January
/// published only as 1-2月) are left out, as the dashboard leaves them out.
/// </summary>
public static class ClosedPeriods
{
    public static IReadOnlyList<ClosedPeriod> Read(DuckDBConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT strftime(c.period, '%Y-%m') AS period, c.vintage_id, coalesce(max(v.sequence), 0) AS sequence
            FROM indicator_cells c LEFT JOIN vintages v ON v.vintage_id = c.vintage_id
            GROUP BY c.period, c.vintage_id
            HAVING bool_or(c.obs_status <> 'P')
            ORDER BY period DESC, sequence, c.vintage_id
            """;
        using var reader = cmd.ExecuteReader();
        var rows = new List<(string Period, string Vintage)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows.GroupBy(r => r.Period, StringComparer.Ordinal)
            .Select(g => new ClosedPeriod(g.Key, g.Select(r => r.Vintage).ToList()))
            .ToList();
    }
}
