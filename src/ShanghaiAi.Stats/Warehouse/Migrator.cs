using System.Globalization;
using DuckDB.NET.Data;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>Applies the embedded SQL migrations (<c>Warehouse/Migrations/NNNN_name.sql</c>) in order, once each.</summary>
public static class Migrator
{
    public static void Apply(DuckDBConnection c)
    {
        Exec(c, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)");
        var applied = new HashSet<int>();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT version FROM schema_migrations";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                applied.Add(r.GetInt32(0));
            }
        }

        foreach (var (version, name, sql) in Migrations())
        {
            if (applied.Contains(version))
            {
                continue;
            }

            using var tx = c.BeginTransaction();
            Exec(c, sql);
            Exec(c, string.Create(CultureInfo.InvariantCulture, $"INSERT INTO schema_migrations (version, name) VALUES ({version}, '{name}')"));
            tx.Commit();
        }
    }

    /// <summary>The migrations embedded in the assembly, in version order.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> Migrations()
    {
        var asm = typeof(Migrator).Assembly;
        const string prefix = "migrations/";
        var list = new List<(int, string, string)>();
        foreach (var res in asm.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var name = res[prefix.Length..^4];
            var version = int.Parse(name[..4], CultureInfo.InvariantCulture);
            using var s = asm.GetManifestResourceStream(res)!;
            using var reader = new StreamReader(s);
            list.Add((version, name, reader.ReadToEnd()));
        }

        return list.OrderBy(m => m.Item1).ToList();
    }

    private static void Exec(DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
