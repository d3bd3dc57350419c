using DuckDB.NET.Data;

namespace ShanghaiAi.Stats.Close;

/// <summary>Small helpers to run SQL on one connection.</summary>
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

    public static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
