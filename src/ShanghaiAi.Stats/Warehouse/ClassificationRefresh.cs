using System.Data.Common;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>
/// The one classification run over the current register, behind
/// <see cref="ClassificationStore.Reclassify(DuckDBConnection, string, DateTimeOffset, Func{ClassificationInput, ClassificationOverride?, ClassificationResult}, bool, string?)"/>
/// (classify, the demo, the register load).
/// <para>A narrow query computes, in one scan of the register, the fingerprint of every current register row's inputs
/// (see <see cref="ClassificationFingerprint"/>) and keeps in the temp table <c>classification_todo</c> the enterprises
/// to classify, each with the row id of its register row and of its stored current classification. The work is then
/// taken <see cref="RangeSize"/> of those at a time, in register order: for each range one query reads the full inputs
/// from the register by row id and another the stored results by row id (nothing wide is materialised: a work table of
/// every register row, spilled and read back, was most of a full refresh), and the range is classified in parallel
/// (the classifier is thread-safe), so memory does not grow with the register and the refresh of a large register with
/// few changes stays within a small DuckDB memory limit. Rows staged while a register was read
/// (<see cref="ClassificationStage"/>) stand where their fingerprint is the current one.</para>
/// <para>A full run closes every current classification and appends a new one per enterprise. With
/// <c>onlyChanged</c>, an enterprise whose result and edition are unchanged keeps its row (its fingerprint brought up
/// to date), a changed one's row is closed and the new one appended, and the classifications of enterprises no longer
/// in the register are closed. With <c>onlyChanged</c> and a rules version, an enterprise whose stored fingerprint
/// equals that of its current inputs is not read or classified at all: the classifier is a pure function of those
/// inputs, so its result would be the stored one, and it is counted as such.</para>
/// </summary>
internal static class ClassificationRefresh
{
    /// <summary>Enterprises per range.</summary>
    internal const int RangeSize = 16_384;

    private const string StoredColumns = "k.category, k.category_l1, coalesce(k.secondary_categories, ''), k.scope_basis, k.ai_enterprise, k.confidence, k.review, k.evidence, k.edition";

    /// <param name="rules">The rules version of the classifier <paramref name="classify"/> applies
    /// (<see cref="ClassificationFingerprint.RulesOf"/>), or null for a function of unknown rules: nothing is skipped
    /// and its results are stored without a fingerprint.</param>
    /// <param name="staged">The rows a <see cref="ClassificationStage"/> appended (their credit codes in its temp table,
    /// dropped here): with <paramref name="onlyChanged"/> and <paramref name="rules"/>, each stands where its fingerprint
    /// equals that of the enterprise's current inputs (it is what classifying the enterprise stores) and the others are
    /// deleted; otherwise all are deleted.</param>
    /// <param name="upload">The upload whose rows were staged, or null: with it, a staged row is proven current by keys
    /// (<see cref="Proven"/>) instead of by recomputing its fingerprint in SQL.</param>
    public static ClassificationRunSummary Run(DuckDBConnection c, string edition, DateTimeOffset at,
        Func<ClassificationInput, ClassificationOverride?, ClassificationResult> classify, bool onlyChanged, string? rules = null,
        int rangeSize = RangeSize, bool staged = false, string? upload = null)
    {
        Guard.NotNull(classify);
        var stamp = at.UtcDateTime;
        var overrides = OverrideRows.Current(c);
        var skip = onlyChanged && rules is not null;
        var twice = TwiceCurrent(c, onlyChanged);
        var proven = staged && skip && upload is not null && Proven(c, upload);

        Todo(c, edition, rules, skip, proven, onlyChanged);
        // the temp tables count against DuckDB's memory limit: the range queries below need the room (a roster into the
        // 1 M-row register ran out of memory under 96 MB with them kept)
        Sql.Exec(c, "DROP TABLE IF EXISTS classification_proven");
        Sql.Exec(c, "DROP TABLE IF EXISTS classification_unproven");
        if (staged)
        {
            Sql.Exec(c, $"DROP TABLE {ClassificationStage.Skipped}");
        }
        if (onlyChanged)
        {
            // the enterprises with a current classification and no current register row (their rows are closed at the
            // end): found once, so the steps below join small tables instead of the whole register
            Sql.Exec(c, """
                CREATE OR REPLACE TEMP TABLE classification_orphans AS
                SELECT DISTINCT uscc FROM classifications
                WHERE valid_to IS NULL AND uscc NOT IN (SELECT uscc FROM register WHERE valid_to IS NULL)
                """);
        }

        if (staged)
        {
            // a staged row is current and its fingerprint and edition are those of the current inputs unless the
            // enterprise is to classify (or current twice), or it is not in the current register
            Sql.Exec(c, $"""
                DELETE FROM classifications
                WHERE valid_to IS NULL AND uscc IN ({(skip ? $"""
                    SELECT d.uscc FROM (SELECT uscc FROM classification_todo UNION ALL SELECT uscc FROM classification_orphans) d
                    SEMI JOIN {ClassificationStage.Table} s ON s.uscc = d.uscc
                    """ : $"SELECT uscc FROM {ClassificationStage.Table}")})
                """);
        }

        var total = skip ? Counts(c, edition, at, """
            FROM classifications
            WHERE valid_to IS NULL AND uscc NOT IN (SELECT uscc FROM classification_orphans)
              AND uscc NOT IN (SELECT uscc FROM classification_todo)
            """) : ClassificationRunSummary.Of(edition, at, [], 0);
        var starts = Ranges(c, rangeSize);
        var closed = onlyChanged ? 0 : Sql.ExecCount(c, "UPDATE classifications SET valid_to = $1 WHERE valid_to IS NULL", stamp);
        var met = new HashSet<string>(StringComparer.Ordinal);
        Sql.Exec(c, "CREATE OR REPLACE TEMP TABLE classification_keys (uscc VARCHAR, kid BIGINT, inputs_md5 VARCHAR, kept BOOLEAN)");
        for (var n = 0; n < starts.Count; n++)
        {
            var rows = Read(c, starts[n], n + 1 < starts.Count ? starts[n + 1] : long.MaxValue, rangeSize, onlyChanged, twice, met);
            var results = new ClassificationResult[rows.Count];
            Parallel.For(0, rows.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                i => results[i] = classify(rows[i].Input, overrides.GetValueOrDefault(rows[i].Input.Entry.Uscc)));
            var changed = new List<int>(rows.Count);
            var keys = 0;
            var kept = 0;
            // every enterprise of the range has one current classification, the row read: updated by row id
            var byId = !rows.Any(r => twice.Contains(r.Input.Entry.Uscc));
            using (var app = c.CreateAppender("classification_keys"))
            {
                for (var i = 0; i < rows.Count; i++)
                {
                    var old = rows[i].Stored;
                    if (onlyChanged && old is not null && old.Value.Edition == edition && ClassificationStore.Same(old.Value.Result, results[i]))
                    {
                        if (rules is not null && rows[i].StoredFingerprint != rows[i].Fingerprint)
                        {
                            app.CreateRow().AppendValue(rows[i].Input.Entry.Uscc).AppendValue(rows[i].StoredId).AppendValue(rows[i].Fingerprint).AppendValue(true).EndRow();
                            kept++;
                        }

                        continue;
                    }

                    changed.Add(i);
                    if (onlyChanged && old is not null)
                    {
                        app.CreateRow().AppendValue(rows[i].Input.Entry.Uscc).AppendValue(rows[i].StoredId).AppendValue((string?)null).AppendValue(false).EndRow();
                        keys++;
                    }
                }
            }

            // a range at a time (one UPDATE joining a whole register's kept rows ran out of memory under 96 MB), by row id
            // (by credit code, each UPDATE scanned every classification: most of a full refresh), except where an
            // enterprise is current twice: then every current row of its credit code
            if (keys > 0)
            {
                closed += Sql.ExecCount(c, byId
                    ? "UPDATE classifications SET valid_to = $1 WHERE rowid IN (SELECT kid FROM classification_keys WHERE NOT kept) AND valid_to IS NULL"
                    : "UPDATE classifications SET valid_to = $1 WHERE valid_to IS NULL AND uscc IN (SELECT uscc FROM classification_keys WHERE NOT kept)", stamp);
            }

            if (kept > 0)
            {
                Sql.Exec(c, byId
                    ? "UPDATE classifications SET inputs_md5 = k.inputs_md5 FROM classification_keys k WHERE classifications.rowid = k.kid AND k.kept"
                    : """
                      UPDATE classifications SET inputs_md5 = k.inputs_md5 FROM classification_keys k
                      WHERE classifications.uscc = k.uscc AND classifications.valid_to IS NULL AND k.kept
                      """);
            }

            if (keys + kept > 0)
            {
                Sql.Exec(c, "DELETE FROM classification_keys");
            }

            using (var appender = c.CreateAppender("classifications"))
            {
                foreach (var i in changed)
                {
                    ClassificationStore.Append(appender.CreateRow(), results[i], edition, stamp, rows[i].Fingerprint);
                }
            }

            total = total.Plus(ClassificationRunSummary.Of(edition, at, results, 0));
        }

        if (onlyChanged)
        {
            closed += Sql.ExecCount(c, """
                UPDATE classifications SET valid_to = $1
                WHERE valid_to IS NULL AND uscc IN (SELECT uscc FROM classification_orphans)
                """, stamp);
            Sql.Exec(c, "DROP TABLE classification_orphans");
        }

        Sql.Exec(c, "DROP TABLE classification_keys");
        Sql.Exec(c, "DROP TABLE classification_todo");
        Sql.Exec(c, "DROP TABLE classification_twice");
        if (staged)
        {
            Sql.Exec(c, $"DROP TABLE {ClassificationStage.Table}");
        }
        return total with { Superseded = closed };
    }

    /// <summary>The credit codes with more than one current register row (or, with <paramref name="stored"/>, more
    /// than one current classification), into temp table <c>classification_twice</c>: never skipped, classified once
    /// (the first row met), as the one-pass run did.</summary>
    private static HashSet<string> TwiceCurrent(DuckDBConnection c, bool stored)
    {
        Sql.Exec(c, $"""
            CREATE OR REPLACE TEMP TABLE classification_twice AS
            SELECT uscc FROM register WHERE valid_to IS NULL GROUP BY uscc HAVING count(*) > 1
            {(stored ? "UNION SELECT uscc FROM classifications WHERE valid_to IS NULL GROUP BY uscc HAVING count(*) > 1" : "")}
            """);
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT uscc FROM classification_twice";
        using var r = cmd.ExecuteReader();
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (r.Read())
        {
            set.Add(r.GetString(0));
        }

        return set;
    }

    /// <summary>
    /// The staged enterprises whose staged row is, by construction, what classifying them now stores, into temp table
    /// <c>classification_proven</c>, found by keys alone (issue 15: the SQL fingerprint of a 1,000,000-row register is
    /// MD5 over about 450 MB of text). The stage classified each row it was given as it was appended to the register by
    /// <paramref name="upload"/>, as if the enterprise had no report and no override, and stored the fingerprint of
    /// exactly those inputs under the refresh's classifier, edition and time. Such a row is what the refresh would store
    /// when:
    /// <list type="bullet">
    /// <item>the enterprise's current register row is <paramref name="upload"/>'s and the register holds no other row
    /// of it (no earlier row, current or closed): so the history edits, which close, drop or replace rows only of
    /// enterprises the register held, did not touch it, and a code twice in the file has no row left;</item>
    /// <item>the stage did not skip it (<see cref="ClassificationStage.Skipped"/>: it had a current classification),
    /// so its row was staged;</item>
    /// <item>it is not current twice (in the register or in <c>classifications</c>);</item>
    /// <item>it has no current report and no current override (the fingerprint's other inputs).</item>
    /// </list>
    /// Each condition is one statement with one key join, so DuckDB holds one hash table at a time (a single query
    /// with all of them ran out of memory under 96 MB), each joined with the proven codes first; the steps stop when
    /// none is left (a roster of members the register holds: all skipped). Returns whether any is proven. Every other staged
    /// row is left to the fingerprint comparison of <see cref="Todo"/>, as every unstaged enterprise is.
    /// </summary>
    private static bool Proven(DuckDBConnection c, string upload)
    {
        Sql.Exec(c, "CREATE OR REPLACE TEMP TABLE classification_proven AS SELECT uscc FROM register WHERE valid_to IS NULL AND upload_id = $1", upload);
        string[] not =
        [
            $"SELECT uscc FROM {ClassificationStage.Skipped}",
            "SELECT uscc FROM classification_twice",
            "SELECT uscc FROM register WHERE valid_to IS NOT NULL OR upload_id IS DISTINCT FROM $1",
            "SELECT uscc FROM reports WHERE superseded_at IS NULL",
            "SELECT uscc FROM classification_overrides WHERE superseded_at IS NULL",
        ];
        foreach (var q in not)
        {
            if (Count(c, "classification_proven") == 0)
            {
                return false;
            }

            var parameters = q.Contains("$1", StringComparison.Ordinal) ? new object?[] { upload } : [];
            if (!Sql.Exists(c, q, parameters))
            {
                continue; // nothing to leave out (a first load: no report, override or earlier row): the join costs a scan
            }

            // joined with the proven codes first: the other side may be the whole register or every report, too large
            // a hash table for the memory limit on its own
            Sql.Exec(c, $"""
                DELETE FROM classification_proven
                WHERE uscc IN (SELECT x.uscc FROM ({q}) x JOIN classification_proven p ON p.uscc = x.uscc)
                """, parameters);
        }

        return Count(c, "classification_proven") > 0;
    }

    /// <summary>Fills <c>classification_todo</c> with one narrow scan of the register: every current register row
    /// (its row id, credit code, latest current report's revenue and AI revenue, and the fingerprint of its inputs);
    /// with <paramref name="skip"/> only those whose stored fingerprint or edition differs (or that are current twice).
    /// With <paramref name="proven"/>, the enterprises of <c>classification_proven</c> are left out unseen: their stored
    /// fingerprint is known to be current. With <paramref name="stored"/>, each row also names the row id of the
    /// enterprise's current classification (<c>kid</c>, NULL when none; one row per current classification), from
    /// which <see cref="Read"/> takes the stored result a range at a time.</summary>
    private static void Todo(DuckDBConnection c, string edition, string? rules, bool skip, bool proven, bool stored)
    {
        // the rows left to fingerprint, found narrow first: joined to the wide register rows the planner may build its
        // hash table on those (about 4 s of a first load's refresh, for none)
        var unproven = -1L;
        if (proven)
        {
            Sql.Exec(c, """
                CREATE OR REPLACE TEMP TABLE classification_unproven AS
                SELECT rowid AS rid FROM register WHERE valid_to IS NULL AND uscc NOT IN (SELECT uscc FROM classification_proven)
                """);
            unproven = Count(c, "classification_unproven");
        }

        var fingerprint = rules is null ? "NULL::VARCHAR" : ClassificationFingerprint.Sql();
        var overrides = rules is null ? "" : $"""
            , ov AS (SELECT uscc, {ClassificationFingerprint.OverrideText()} AS o
                     FROM classification_overrides WHERE superseded_at IS NULL GROUP BY uscc)
            """;
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"""
            CREATE OR REPLACE TEMP TABLE classification_todo AS
            WITH latest AS (
                SELECT uscc, revenue_ytd, ai_revenue_ytd,
                       row_number() OVER (PARTITION BY uscc ORDER BY period DESC) AS rn
                FROM reports WHERE superseded_at IS NULL){overrides},
            cur AS (
                SELECT r.rowid AS rid, r.uscc, l.revenue_ytd, l.ai_revenue_ytd, {fingerprint} AS fp
                FROM register r LEFT JOIN latest l ON l.uscc = r.uscc AND l.rn = 1 {(rules is null ? "" : "LEFT JOIN ov ON ov.uscc = r.uscc")}
                WHERE r.valid_to IS NULL {unproven switch { < 0 => "", 0 => "AND false", _ => "AND r.rowid IN (SELECT rid FROM classification_unproven)" }})
            SELECT cur.*, {(stored ? "k.kid" : "NULL::BIGINT AS kid")}
            FROM cur
            {(stored ? """
                LEFT JOIN (SELECT rowid AS kid, uscc, inputs_md5, edition FROM classifications WHERE valid_to IS NULL) k ON k.uscc = cur.uscc
                """ : "")}
            {(skip ? "LEFT JOIN classification_twice tw ON tw.uscc = cur.uscc" : "")}
            {(skip ? "WHERE NOT coalesce(k.inputs_md5 = cur.fp AND k.edition = $edition, false) OR tw.uscc IS NOT NULL" : "")}
            """;
        if (rules is not null)
        {
            cmd.Parameters.Add(new DuckDBParameter("rules", rules));
        }

        if (skip)
        {
            cmd.Parameters.Add(new DuckDBParameter("edition", edition));
        }

        cmd.ExecuteNonQuery();
    }

    /// <summary>The first register row id of each range of <paramref name="size"/> rows of <c>classification_todo</c>, in
    /// register order (none when nothing is to classify). A range runs to the next one's first row id, the last to the
    /// end; an enterprise current twice is classified from its first row, so the rows of one register row id stay in
    /// one range.</summary>
    private static List<long> Ranges(DuckDBConnection c, int size)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT DISTINCT rid FROM (SELECT rid, row_number() OVER (ORDER BY rid) - 1 AS n FROM classification_todo)
            WHERE n % $size = 0
            ORDER BY rid
            """;
        cmd.Parameters.Add(new DuckDBParameter("size", size));
        using var r = cmd.ExecuteReader();
        var starts = new List<long>();
        while (r.Read())
        {
            starts.Add(r.GetInt64(0));
        }

        return starts;
    }

    /// <summary>The counts of the stored results the query tail <paramref name="from"/> (FROM ... WHERE, over the
    /// columns of <c>classifications</c>) selects.</summary>
    private static ClassificationRunSummary Counts(DuckDBConnection c, string edition, DateTimeOffset at, string from)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"""
            SELECT category, count(*), count(*) FILTER (WHERE ai_enterprise), count(*) FILTER (WHERE review),
                   count(*) FILTER (WHERE scope_basis = 'override')
            {from}
            GROUP BY category
            """;
        using var r = cmd.ExecuteReader();
        var byCategory = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int all = 0, inScope = 0, ai = 0, review = 0, overridden = 0;
        while (r.Read())
        {
            var n = (int)r.GetInt64(1);
            byCategory[r.GetString(0)] = n;
            all += n;
            inScope += r.GetString(0) == "00" ? 0 : n;
            ai += (int)r.GetInt64(2);
            review += (int)r.GetInt64(3);
            overridden += (int)r.GetInt64(4);
        }

        return new ClassificationRunSummary(edition, at, all, inScope, ai, review, overridden, 0, byCategory);
    }

    /// <summary>The work of register row ids <paramref name="lo"/> to <paramref name="hi"/> (exclusive), in register
    /// order, each enterprise once: the inputs of its <c>classification_todo</c> row, read from the register by row id
    /// (the scan skips every row group outside the range).</summary>
    private static List<WorkRow> Read(DuckDBConnection c, long lo, long hi, int size, bool stored, HashSet<string> twice, HashSet<string> met)
    {
        var storedRows = stored ? Stored(c, lo, hi) : [];
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT r.uscc, r.name, r.district_code, r.park_id, r.industry_code, r.business_scope, r.main_products,
                   r.registered_on, r.size_class, t.revenue_ytd, t.ai_revenue_ytd, t.fp, t.kid
            FROM classification_todo t JOIN register r ON r.rowid = t.rid
            WHERE t.rid >= $lo AND t.rid < $hi AND r.rowid >= $lo AND r.rowid < $hi
            ORDER BY t.rid, t.kid
            """;
        cmd.Parameters.Add(new DuckDBParameter("lo", lo));
        cmd.Parameters.Add(new DuckDBParameter("hi", hi));
        using var r = cmd.ExecuteReader();
        var list = new List<WorkRow>(size);
        while (r.Read())
        {
            var uscc = r.GetString(0);
            if (twice.Contains(uscc) && !met.Add(uscc))
            {
                continue; // two current rows for one enterprise: the first is classified
            }

            var entry = new RegisterEntry(uscc, r.GetString(1), Text(r, 2), Text(r, 3), Text(r, 4), Text(r, 5), Text(r, 6),
                r.IsDBNull(7) ? null : DateOnly.FromDateTime(r.GetDateTime(7)), Text(r, 8));
            decimal? share = !r.IsDBNull(9) && !r.IsDBNull(10) && r.GetDecimal(9) > 0 ? r.GetDecimal(10) / r.GetDecimal(9) : null;
            StoredRow? old = r.IsDBNull(12) ? null : storedRows.GetValueOrDefault(r.GetInt64(12));
            list.Add(new WorkRow(new ClassificationInput(entry, share), Text(r, 11),
                old is null ? null : (old.Edition, old.Result), old?.Fingerprint, old is null ? null : r.GetInt64(12)));
        }

        return list;
    }

    /// <summary>The stored current classifications of the work of register row ids <paramref name="lo"/> to
    /// <paramref name="hi"/> (exclusive), by their row id: one small semi-join for each range (a row the refresh deleted
    /// before, a staged one, is not found: no stored result, as when the join ran after the delete).</summary>
    private static Dictionary<long, StoredRow> Stored(DuckDBConnection c, long lo, long hi)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"""
            SELECT k.rowid, k.uscc, {StoredColumns}, k.inputs_md5
            FROM classifications k
            WHERE k.rowid IN (SELECT kid FROM classification_todo WHERE rid >= $lo AND rid < $hi)
            """;
        cmd.Parameters.Add(new DuckDBParameter("lo", lo));
        cmd.Parameters.Add(new DuckDBParameter("hi", hi));
        using var r = cmd.ExecuteReader();
        var rows = new Dictionary<long, StoredRow>();
        while (r.Read())
        {
            var result = new ClassificationResult(r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4).Split(';', StringSplitOptions.RemoveEmptyEntries),
                r.GetString(5), r.GetBoolean(6), r.GetDouble(7), r.GetBoolean(8), r.GetString(9));
            rows[r.GetInt64(0)] = new StoredRow(r.GetString(10), result, Text(r, 11));
        }

        return rows;
    }

    private static long Count(DuckDBConnection c, string table)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT count(*) FROM {table}";
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>An enterprise to classify: its inputs, their fingerprint (null without a rules version), and its stored
    /// current classification with that one's fingerprint and row id.</summary>
    private sealed record StoredRow(string Edition, ClassificationResult Result, string? Fingerprint);

    private sealed record WorkRow(ClassificationInput Input, string? Fingerprint, (string Edition, ClassificationResult Result)? Stored, string? StoredFingerprint, long? StoredId);
}
