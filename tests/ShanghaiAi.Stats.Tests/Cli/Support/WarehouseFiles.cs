using System.Globalization;
using DuckDB.NET.Data;

namespace ShanghaiAi.Stats.Tests.Cli.Support;

/// <summary>Reads a warehouse file the CLI wrote (its own connection: the CLI has ended).</summary>
public static class WarehouseFiles
{
    public static string? Text(string db, string sql)
    {
        using var c = new DuckDBConnection($"Data Source={db}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        var v = cmd.ExecuteScalar();
        return v is null or DBNull ? null : Convert.ToString(v, CultureInfo.InvariantCulture);
    }

    public static long Count(string db, string sql) => long.Parse(Text(db, sql) ?? "0", CultureInfo.InvariantCulture);

    /// <summary>Every file under the archive folder beside the warehouse.</summary>
    public static IReadOnlyList<string> Archived(string dir)
    {
        var archive = Path.Combine(dir, "archive");
        return Directory.Exists(archive) ? Directory.EnumerateFiles(archive, "*", SearchOption.AllDirectories).ToList() : [];
    }
}
