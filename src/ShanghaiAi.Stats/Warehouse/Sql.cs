using DuckDB.NET.Data;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>
/// The one SQL text helper: run a statement on a connection, and quote a string literal for the few statements that
/// cannot take parameters (file paths in COPY / read_csv, lists in ORDER BY).
/// </summary>
internal static class Sql
{
    public static void Exec(DuckDBConnection c, string sql, params object?[] parameters)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var p in parameters)
        {
            cmd.Parameters.Add(new DuckDBParameter(p ?? DBNull.Value));
        }

        cmd.ExecuteNonQuery();
    }

    /// <summary>A single-quoted SQL string literal.</summary>
    public static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
