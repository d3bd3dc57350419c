using DuckDB.NET.Data;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>The owner of <c>warning_decisions</c>: statisticians' decisions on soft warnings, kept with history (a later
/// decision on the same warning supersedes the earlier one).</summary>
internal static class WarningDecisionStore
{
    /// <summary>The latest decision (and who made it) on each warning, by (upload, row, rule); of one upload or of all.</summary>
    public static Dictionary<(string, int, string), (string Decision, string By)> Latest(DuckDBConnection c, string? uploadId)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT upload_id, source_row, rule_id, arg_max(decision, decided_at), arg_max(decided_by, decided_at)
            FROM warning_decisions WHERE $id IS NULL OR upload_id = $id GROUP BY ALL
            """;
        cmd.Parameters.Add(new DuckDBParameter("id", uploadId));
        using var r = cmd.ExecuteReader();
        var map = new Dictionary<(string, int, string), (string, string)>();
        while (r.Read())
        {
            map[(r.GetString(0), r.GetInt32(1), r.GetString(2))] = (r.GetString(3), r.GetString(4));
        }

        return map;
    }

    /// <summary>Records one decision.</summary>
    public static void Add(DuckDBConnection c, string uploadId, int row, string ruleId, string decision, string? note, string decidedBy, DateTime at)
        => Sql.Exec(c, "INSERT INTO warning_decisions VALUES ($1, $2, $3, $4, $5, $6, $7)", uploadId, row, ruleId, decision, note, decidedBy, at);
}
