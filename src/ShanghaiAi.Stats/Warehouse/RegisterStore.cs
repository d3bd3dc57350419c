using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>The owner of the register's tables: <c>register</c> (with history: valid_to closes a row),
/// <c>register_conflicts</c> and <c>memberships</c>. Works on the caller's connection and transaction.</summary>
internal static class RegisterStore
{
    /// <summary>The current row of every enterprise, with the source that wrote it.</summary>
    public static Dictionary<string, (RegisterEntry Entry, string Source)> Current(DuckDBConnection c)
    {
        var d = new Dictionary<string, (RegisterEntry, string)>(StringComparer.Ordinal);
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT uscc, name, district_code, park_id, industry_code, business_scope, main_products, registered_on, size_class, source
            FROM register WHERE valid_to IS NULL
            """;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            var e = new RegisterEntry(r.GetString(0), r.GetString(1), S(2), S(3), S(4), S(5), S(6),
                r.IsDBNull(7) ? null : DateOnly.FromDateTime(r.GetDateTime(7)), S(8));
            d[e.Uscc] = (e, r.GetString(9));
        }

        return d;
    }

    /// <summary>The open conflicts as <c>uscc|field|proposed|source</c>.</summary>
    public static HashSet<string> OpenConflicts(DuckDBConnection c)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT uscc, field, proposed_value, source FROM register_conflicts WHERE resolved_at IS NULL";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            set.Add($"{r.GetString(0)}|{r.GetString(1)}|{(r.IsDBNull(2) ? null : r.GetString(2))}|{r.GetString(3)}");
        }

        return set;
    }

    /// <summary>The members of one association.</summary>
    public static HashSet<string> Members(DuckDBConnection c, string association)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT DISTINCT uscc FROM memberships WHERE association_id = $a";
        cmd.Parameters.Add(new DuckDBParameter("a", association));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            set.Add(r.GetString(0));
        }

        return set;
    }

    /// <summary>The credit code and date of registration of every current enterprise, in the order given (each once).</summary>
    public static void CurrentCodes(DuckDBConnection c, Action<string, DateOnly?> each)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT uscc, registered_on FROM register WHERE valid_to IS NULL";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            each(r.GetString(0), r.IsDBNull(1) ? null : DateOnly.FromDateTime(r.GetDateTime(1)));
        }
    }

    /// <summary>Closes the current rows of <paramref name="close"/>, appends <paramref name="insert"/> as the new current
    /// rows, records conflicts for review and memberships of <paramref name="association"/>; inside the caller's transaction.
    /// <paramref name="appended"/> is called after each register row (fault injection in tests).</summary>
    public static void Write(DuckDBConnection c, IReadOnlyList<string> close, IReadOnlyList<RegisterEntry> insert,
        IReadOnlyList<(string Uscc, string Field, string? Current, string? Proposed)> conflicts, IReadOnlyList<(string Uscc, DateOnly? Since)> memberships,
        string source, string uploadId, string? association, DateTime now, Action<int>? appended = null)
    {
        if (close.Count > 0)
        {
            Sql.Exec(c, "DROP TABLE IF EXISTS temp.ingest_keys");
            Sql.Exec(c, "CREATE TEMP TABLE ingest_keys (uscc VARCHAR)");
            using (var app = c.CreateAppender("ingest_keys"))
            {
                foreach (var u in close.Distinct(StringComparer.Ordinal))
                {
                    app.CreateRow().AppendValue(u).EndRow();
                }
            }

            Sql.Exec(c, "UPDATE register SET valid_to = $1 FROM ingest_keys k WHERE register.uscc = k.uscc AND register.valid_to IS NULL", now);
            Sql.Exec(c, "DROP TABLE IF EXISTS temp.ingest_keys");
        }

        var count = 0;
        using (var app = c.CreateAppender("register"))
        {
            // A row changed twice in one upload cannot happen (duplicates are rejected), so each uscc appears once.
            foreach (var e in insert)
            {
                app.CreateRow().AppendValue(e.Uscc).AppendValue(e.Name).AppendValue(e.DistrictCode).AppendValue(e.ParkId)
                    .AppendValue(e.IndustryCode).AppendValue(e.BusinessScope).AppendValue(e.MainProducts).AppendValue(e.RegisteredOn)
                    .AppendValue(e.SizeClass).AppendValue(source).AppendValue(uploadId).AppendValue((DateTime?)now)
                    .AppendNullValue().EndRow();
                appended?.Invoke(++count);
            }
        }

        using (var app = c.CreateAppender("register_conflicts"))
        {
            foreach (var (uscc, field, cur, proposed) in conflicts)
            {
                app.CreateRow().AppendValue(uscc).AppendValue(field).AppendValue(cur).AppendValue(proposed).AppendValue(source)
                    .AppendValue(uploadId).AppendValue((DateTime?)now).AppendNullValue().EndRow();
            }
        }

        using (var app = c.CreateAppender("memberships"))
        {
            foreach (var (uscc, since) in memberships)
            {
                app.CreateRow().AppendValue(uscc).AppendValue(association).AppendValue(since).AppendValue(uploadId)
                    .AppendValue((DateTime?)now).EndRow();
            }
        }
    }
}
