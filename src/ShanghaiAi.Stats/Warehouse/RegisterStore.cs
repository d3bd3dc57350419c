using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>The owner of the register's tables: <c>register</c> (with history: valid_to closes a row),
/// <c>register_conflicts</c> and <c>memberships</c>. Works on the caller's connection and transaction.</summary>
internal static class RegisterStore
{
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

    /// <summary>The groups of rows of the upload sharing a credit code (<see cref="RegisterAppender"/>), each group's rows in
    /// file order, the groups in the order their second row comes in the file; the duplicated codes are kept in the temp
    /// table <c>register_upload_dups</c>.</summary>
    public static List<(string Uscc, List<int> Rows)> DuplicateGroups(DuckDBConnection c)
    {
        Sql.Exec(c, "CREATE OR REPLACE TEMP TABLE register_upload_dups AS SELECT uscc FROM register_upload_rows GROUP BY uscc HAVING count(*) > 1");
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT uscc, row FROM register_upload_rows WHERE uscc IN (SELECT uscc FROM register_upload_dups) ORDER BY uscc, row";
        using var r = cmd.ExecuteReader();
        var groups = new List<(string Uscc, List<int> Rows)>();
        while (r.Read())
        {
            var uscc = r.GetString(0);
            if (groups.Count == 0 || groups[^1].Uscc != uscc)
            {
                groups.Add((uscc, []));
            }

            groups[^1].Rows.Add(r.GetInt32(1));
        }

        return [.. groups.OrderBy(g => g.Rows[1])];
    }

    /// <summary>Removes the register rows and memberships this upload appended for duplicated codes, and keeps in
    /// <c>register_upload_rows</c> only the rows that stay loaded.</summary>
    public static void DropDuplicates(DuckDBConnection c, string uploadId, bool any)
    {
        if (any)
        {
            Sql.Exec(c, "DELETE FROM register WHERE upload_id = $1 AND uscc IN (SELECT uscc FROM register_upload_dups)", uploadId);
            Sql.Exec(c, "DELETE FROM memberships WHERE upload_id = $1 AND uscc IN (SELECT uscc FROM register_upload_dups)", uploadId);
        }

        Sql.Exec(c, "DELETE FROM register_upload_rows WHERE NOT loaded OR uscc IN (SELECT uscc FROM register_upload_dups)");
        Sql.Exec(c, "DROP TABLE register_upload_dups");
    }

    /// <summary>How many loaded rows of the upload are of an enterprise the register already held (their current row
    /// came from elsewhere); they are numbered in file order in the temp table <c>register_upload_matched</c>.</summary>
    public static int Matched(DuckDBConnection c, string uploadId)
    {
        // a first load (no current row of another upload) matches nothing: the join would still scan both tables
        var any = Sql.Exists(c, "SELECT 1 FROM register WHERE valid_to IS NULL AND upload_id IS DISTINCT FROM $1", uploadId);
        Sql.Exec(c, $"""
            CREATE OR REPLACE TEMP TABLE register_upload_matched AS
            SELECT row_number() OVER (ORDER BY k.row) AS pos, k.row, k.uscc
            FROM register_upload_rows k
            WHERE {(any ? "EXISTS (SELECT 1 FROM register o WHERE o.uscc = k.uscc AND o.valid_to IS NULL AND o.upload_id IS DISTINCT FROM $1)" : "false")}
            """, any ? [uploadId] : []);
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM register_upload_matched";
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The matched rows numbered <paramref name="from"/> to <paramref name="to"/> (see <see cref="Matched"/>), in
    /// file order: the row as uploaded, and the enterprise's current row with the source that wrote it. Streamed as the
    /// query gives them (a step of wide rows held as a list was about 65 MB of a roster's peak, issue 15): run nothing
    /// else on the connection until the enumeration ends.</summary>
    public static IEnumerable<(int Row, RegisterEntry Proposed, RegisterEntry Current, string Source)> MatchedRows(DuckDBConnection c, string uploadId, long from, long to)
    {
        const string Fields = "name, district_code, park_id, industry_code, business_scope, main_products, registered_on, size_class";
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"""
            SELECT m.row, m.uscc, {Prefixed("n.")}, {Prefixed("o.")}, o.source
            FROM register_upload_matched m
            JOIN register n ON n.uscc = m.uscc AND n.upload_id = $u AND n.valid_to IS NULL
            JOIN register o ON o.uscc = m.uscc AND o.valid_to IS NULL AND o.upload_id IS DISTINCT FROM $u
            WHERE m.pos BETWEEN $from AND $to
            ORDER BY m.row
            """;
        cmd.Parameters.Add(new DuckDBParameter("u", uploadId));
        cmd.Parameters.Add(new DuckDBParameter("from", from));
        cmd.Parameters.Add(new DuckDBParameter("to", to));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var uscc = r.GetString(1);
            yield return (r.GetInt32(0), Entry(r, uscc, 2), Entry(r, uscc, 10), r.GetString(18));
        }

        static string Prefixed(string p) => string.Join(", ", Fields.Split(", ").Select(f => p + f));
    }

    private static RegisterEntry Entry(System.Data.Common.DbDataReader r, string uscc, int at)
    {
        string? S(int i) => r.IsDBNull(at + i) ? null : r.GetString(at + i);
        return new RegisterEntry(uscc, r.GetString(at), S(1), S(2), S(3), S(4), S(5),
            r.IsDBNull(at + 6) ? null : DateOnly.FromDateTime(r.GetDateTime(at + 6)), S(7));
    }

    /// <summary>The history edits of matched rows, inside the caller's transaction: closes the current rows of
    /// <paramref name="close"/> (not this upload's), removes this upload's rows of <paramref name="drop"/> (unchanged,
    /// or replaced by <paramref name="replace"/>: the merged row), appends <paramref name="replace"/> and the conflicts
    /// for review.</summary>
    public static void Revise(DuckDBConnection c, IReadOnlyList<string> close, IReadOnlyList<string> drop, IReadOnlyList<RegisterEntry> replace,
        IReadOnlyList<(string Uscc, string Field, string? Current, string? Proposed)> conflicts, string source, string uploadId, DateTime now)
    {
        if (close.Count > 0 || drop.Count > 0)
        {
            Sql.Exec(c, "CREATE OR REPLACE TEMP TABLE register_upload_keys (uscc VARCHAR, close BOOLEAN)");
            using (var app = c.CreateAppender("register_upload_keys"))
            {
                foreach (var u in close)
                {
                    app.CreateRow().AppendValue(u).AppendValue(true).EndRow();
                }

                foreach (var u in drop)
                {
                    app.CreateRow().AppendValue(u).AppendValue(false).EndRow();
                }
            }

            Sql.Exec(c, """
                UPDATE register SET valid_to = $1 FROM register_upload_keys k
                WHERE register.uscc = k.uscc AND k.close AND register.valid_to IS NULL AND register.upload_id IS DISTINCT FROM $2
                """, now, uploadId);
            Sql.Exec(c, "DELETE FROM register WHERE upload_id = $1 AND uscc IN (SELECT uscc FROM register_upload_keys WHERE NOT close)", uploadId);
            Sql.Exec(c, "DROP TABLE register_upload_keys");
        }

        using (var app = new BatchedAppender(c, "register"))
        {
            foreach (var e in replace)
            {
                RegisterAppender.Append(app.CreateRow(), e, source, uploadId, now);
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
    }

    /// <summary>Drops the upload's temp tables.</summary>
    public static void EndUpload(DuckDBConnection c)
    {
        Sql.Exec(c, "DROP TABLE IF EXISTS register_upload_rows");
        Sql.Exec(c, "DROP TABLE IF EXISTS register_upload_matched");
    }
}
