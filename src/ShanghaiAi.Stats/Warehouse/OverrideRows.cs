using DuckDB.NET.Data;
using ShanghaiAi.Stats.Classify;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>The SQL of table <c>classification_overrides</c>, for <see cref="ClassificationStore"/>.</summary>
internal static class OverrideRows
{
    public static Dictionary<string, ClassificationOverride> Current(DuckDBConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT uscc, category, reason, decided_by, decided_at FROM classification_overrides WHERE superseded_at IS NULL ORDER BY decided_at";
        using var r = cmd.ExecuteReader();
        var map = new Dictionary<string, ClassificationOverride>(StringComparer.Ordinal);
        while (r.Read())
        {
            var o = Row(r);
            map[o.Uscc] = o;
        }

        return map;
    }

    public static List<(ClassificationOverride, DateTimeOffset?)> History(DuckDBConnection c, string uscc)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT uscc, category, reason, decided_by, decided_at, superseded_at FROM classification_overrides WHERE uscc = ? ORDER BY decided_at, superseded_at NULLS LAST";
        cmd.Parameters.Add(new DuckDBParameter(uscc));
        using var r = cmd.ExecuteReader();
        var list = new List<(ClassificationOverride, DateTimeOffset?)>();
        while (r.Read())
        {
            list.Add((Row(r), r.IsDBNull(5) ? null : Utc(r.GetDateTime(5))));
        }

        return list;
    }

    public static void Insert(DuckDBConnection c, ClassificationOverride d)
    {
        var at = d.DecidedAt.UtcDateTime;
        using (var close = c.CreateCommand())
        {
            close.CommandText = "UPDATE classification_overrides SET superseded_at = ? WHERE uscc = ? AND superseded_at IS NULL";
            close.Parameters.Add(new DuckDBParameter(at));
            close.Parameters.Add(new DuckDBParameter(d.Uscc));
            close.ExecuteNonQuery();
        }

        using var insert = c.CreateCommand();
        insert.CommandText = "INSERT INTO classification_overrides (uscc, category, reason, decided_by, decided_at, superseded_at) VALUES (?, ?, ?, ?, ?, NULL)";
        insert.Parameters.Add(new DuckDBParameter(d.Uscc));
        insert.Parameters.Add(new DuckDBParameter(d.Category));
        insert.Parameters.Add(new DuckDBParameter(d.Reason));
        insert.Parameters.Add(new DuckDBParameter(d.DecidedBy));
        insert.Parameters.Add(new DuckDBParameter(at));
        insert.ExecuteNonQuery();
    }

    private static ClassificationOverride Row(System.Data.Common.DbDataReader r)
        => new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Utc(r.GetDateTime(4)));

    private static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));
}
