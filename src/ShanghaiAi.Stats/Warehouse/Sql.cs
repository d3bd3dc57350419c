using System.Globalization;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>
/// The one SQL text helper: run a statement on a connection, and quote a string literal for the few statements that
/// cannot take parameters (file paths in COPY / read_csv, lists in ORDER BY).
/// </summary>
internal static class Sql
{
    /// <summary>Runs a statement.</summary>
    public static void Exec(DuckDBConnection c, string sql, params object?[] parameters) => ExecCount(c, sql, parameters);

    /// <summary>Runs a statement and returns the number of rows it changed.</summary>
    public static int ExecCount(DuckDBConnection c, string sql, params object?[] parameters)
    {
        using var cmd = Command(c, sql, parameters);
        return cmd.ExecuteNonQuery();
    }

    /// <summary>Whether the query <paramref name="query"/> gives any row (it stops at the first).</summary>
    public static bool Exists(DuckDBConnection c, string query, params object?[] parameters)
    {
        using var cmd = Command(c, $"SELECT EXISTS ({query})", parameters);
        return (bool)cmd.ExecuteScalar()!;
    }

    /// <summary>The first day of a period as a SQL date literal (<c>DATE 'YYYY-MM-01'</c>), for computation SQL that
    /// builds its text per month.</summary>
    public static string Date(Period period) => string.Create(CultureInfo.InvariantCulture, $"DATE '{period.Year:D4}-{period.Month:D2}-01'");

    /// <summary>A command of <paramref name="sql"/> with positional <paramref name="parameters"/> ($1, $2 ...; null as NULL).</summary>
    private static DuckDBCommand Command(DuckDBConnection c, string sql, object?[] parameters)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var p in parameters)
        {
            cmd.Parameters.Add(new DuckDBParameter(p ?? DBNull.Value));
        }

        return cmd;
    }

    /// <summary>A single-quoted SQL string literal.</summary>
    public static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
