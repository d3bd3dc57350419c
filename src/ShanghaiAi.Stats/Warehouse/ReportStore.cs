using DuckDB.NET.Data;
using System.Runtime.CompilerServices;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>
/// The owner of <c>reports</c> (form AI-1, one row per report with its revisions: <c>superseded_at</c> set = no longer
/// current). One instance per monthly upload, on the upload's write connection. The upload's rows are appended to a
/// connection-local stage (<c>temp.ingest_stage</c>) outside the load's transaction, with the revision each becomes;
/// duplicates and rows equal to the current report are dropped from the stage; then, inside the transaction,
/// <see cref="Load"/> moves the stage into <c>reports</c> with one INSERT ... SELECT and supersedes the revised reports,
/// and <see cref="History"/> hands the staged rows out beside the enterprise's earlier months for the history edits.
/// The stage holds each credit code once (<c>ingest_codes</c>) and the rows by a small code id (<c>ingest_rows</c>);
/// <c>temp.ingest_stage</c> is a view that puts the code back as it is read, from a one-row list of the codes (not
/// stored a second time: at 1,000,000 rows the joined copy and its sort were the largest part of the peak; a list, not a
/// hash join, so the rows reach <c>reports</c> in file order). The history edits' figures of the staged rows are kept
/// as they are appended (<see cref="StagedHistory"/>).
/// The stage is filled outside the transaction because DuckDB reads a table written in the same open transaction from
/// its transaction-local storage at about half speed (measured: the INSERT of 1,000,000 rows 0.62 s against 0.31 s).
/// Money goes through the Appender as BIGINT hundredths (a decimal costs far more to append) and back to the exact
/// DECIMAL(18,2) in the INSERT.
/// </summary>
internal sealed class ReportStore(DuckDBConnection connection, string uploadId, int expectedRows = 0) : IDisposable
{
    /// <summary>The period of a staged row (its month index <c>p</c>) as a DATE.</summary>
    private const string StagedPeriod = "make_date(p // 12, p % 12 + 1, 1)";

    private static readonly string[] Money = ["revenue_ytd", "revenue_ytd_prev", "ai_revenue_ytd", "ai_revenue_ytd_prev", "ai_software_ytd",
        "ai_services_ytd", "ai_products_ytd", "profit_ytd", "profit_ytd_prev", "rd_expense_ytd", "rd_expense_ytd_prev", "compute_used_ytd"];

    private static readonly string[] Counts = ["employees_end", "rd_staff_end", "ai_patents_ytd"];

    private readonly Dictionary<int, Dictionary<string, int>> _revisions = [];
    private List<(string Uscc, int Period, int Row, int Revision)> _revised = [];
    private readonly Dictionary<int, int> _codes = [];
    // Grown as rows come rather than sized to the file's estimate (about 1.5 x the rows of a generated file: 20 MB more
    // at 1,000,000 rows).
    private readonly StagedHistory _history = new(Math.Min(expectedRows, 1 << 16));
    private DuckDBAppender? _appender;
    private DuckDBAppender? _codeAppender;

    /// <summary>The staged rows that revise a stored report (after <see cref="DropRows"/> and <see cref="DropUnchanged"/>).</summary>
    public IReadOnlyList<ReportRevision> Revised => _revised.Select(x => new ReportRevision(x.Row, x.Revision)).ToList();

    /// <summary>Creates the empty stage (replacing one a failed upload left on this connection).</summary>
    public void BeginStage()
    {
        Exec("DROP VIEW IF EXISTS temp.ingest_stage");
        Exec("DROP TABLE IF EXISTS temp.ingest_rows");
        Exec("DROP TABLE IF EXISTS temp.ingest_codes");
        Exec("DROP TABLE IF EXISTS temp.ingest_codelist");
        Exec("CREATE TEMP TABLE ingest_codes (code_id INTEGER, uscc VARCHAR)");
        Exec("""
            CREATE TEMP TABLE ingest_rows (code_id INTEGER, p INTEGER, revenue_ytd BIGINT, revenue_ytd_prev BIGINT, ai_revenue_ytd BIGINT,
              ai_revenue_ytd_prev BIGINT, ai_software_ytd BIGINT, ai_services_ytd BIGINT, ai_products_ytd BIGINT, profit_ytd BIGINT,
              profit_ytd_prev BIGINT, rd_expense_ytd BIGINT, rd_expense_ytd_prev BIGINT, employees_end INTEGER, rd_staff_end INTEGER,
              ai_patents_ytd INTEGER, compute_used_ytd BIGINT, source_row INTEGER, revision INTEGER)
            """);
        _appender = connection.CreateAppender("ingest_rows");
        _codeAppender = connection.CreateAppender("ingest_codes");
    }

    /// <summary>Appends row <paramref name="k"/> of <paramref name="b"/> to the stage, as revision = the key's last stored
    /// revision (of an earlier upload) + 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Append(ReportBatch b, int k)
    {
        var uscc = b.Uscc[k];
        var p = b.Period[k];
        if (!_revisions.TryGetValue(p, out var last))
        {
            last = Revisions(p);
            _revisions[p] = last;
        }

        var revision = last.GetValueOrDefault(uscc) + 1;
        if (revision > 1)
        {
            _revised.Add((uscc, p, b.Row[k], revision));
        }

        if (!_codes.TryGetValue(b.CodeId[k], out var id))
        {
            id = _codes.Count;
            _codes[b.CodeId[k]] = id;
            _codeAppender!.CreateRow().AppendValue((int?)id).AppendValue(uscc).EndRow();
        }

        var r = _appender!.CreateRow();
        r.AppendValue((int?)id);
        r.AppendValue((int?)p);
        var o = k * ReportBatch.Measures;
        // Money as hundredths (the digits of DECIMAL(18,2)).
        for (var m = 0; m < ReportBatch.FirstCount; m++)
        {
            r.AppendValue(b.Has[o + m] ? b.Cents[o + m] : null);
        }

        for (var m = ReportBatch.FirstCount; m <= ReportBatch.LastCount; m++)
        {
            r.AppendValue(b.Has[o + m] ? (int?)(int)(b.Cents[o + m] / 100) : null);
        }

        var compute = o + ReportBatch.Measures - 1;
        r.AppendValue(b.Has[compute] ? b.Cents[compute] : null);
        r.AppendValue((int?)b.Row[k]).AppendValue((int?)revision);
        r.EndRow();
        // Measures 0, 1 and 2: revenue_ytd, revenue_ytd_prev, ai_revenue_ytd.
        _history.Add(id, p, b.Row[k], b.Has[o] ? b.Cents[o] : StagedHistory.None, b.Has[o + 2] ? b.Cents[o + 2] : StagedHistory.None,
            b.Has[o + 1] ? b.Cents[o + 1] : StagedHistory.None);
    }

    /// <summary>Flushes the appended rows into the stage (<c>temp.ingest_stage</c>, a view: each row with its credit code,
    /// joined as it is read rather than stored a second time).</summary>
    public void EndAppend()
    {
        _appender?.Dispose();
        _appender = null;
        _codeAppender?.Dispose();
        _codeAppender = null;
        Exec("CREATE TEMP TABLE ingest_codelist AS SELECT list(uscc ORDER BY code_id) AS codes FROM ingest_codes");
        Exec("CREATE TEMP VIEW ingest_stage AS SELECT l.codes[r.code_id + 1] AS uscc, r.* EXCLUDE (code_id) FROM ingest_rows r, ingest_codelist l");
    }

    /// <summary>Removes rows (the upload's duplicates) from the stage.</summary>
    public void DropRows(IReadOnlyCollection<int> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        Exec("DROP TABLE IF EXISTS temp.ingest_drop");
        Exec("CREATE TEMP TABLE ingest_drop (source_row INTEGER)");
        using (var app = connection.CreateAppender("ingest_drop"))
        {
            foreach (var d in rows)
            {
                app.CreateRow().AppendValue((int?)d).EndRow();
            }
        }

        Exec("DELETE FROM ingest_rows WHERE source_row IN (SELECT source_row FROM ingest_drop)");
        Exec("DROP TABLE temp.ingest_drop");
        var dropped = rows as IReadOnlySet<int> ?? rows.ToHashSet();
        _revised = _revised.Where(x => !dropped.Contains(x.Row)).ToList();
        _history.Drop(dropped);
    }

    /// <summary>When some staged rows revise stored reports: removes from the stage the rows equal, column by column, to
    /// the current report of their (uscc, period) from an earlier upload, and returns them (they are not revisions: a
    /// re-upload with one changed row makes one revision). Empty when no staged row is a revision.</summary>
    public HashSet<int> DropUnchanged()
    {
        var rows = new HashSet<int>();
        if (_revised.Count == 0)
        {
            return rows;
        }

        var same = string.Join("\n  AND ", Money.Select(m => $"r.{m} IS NOT DISTINCT FROM {StagedMoney("s." + m)}")
            .Concat(Counts.Select(m => $"r.{m} IS NOT DISTINCT FROM s.{m}")));
        Exec("DROP TABLE IF EXISTS temp.ingest_same");
        Exec($"""
            CREATE TEMP TABLE ingest_same AS
            SELECT s.source_row FROM ingest_stage s
            JOIN reports r ON r.uscc = s.uscc AND r.period = make_date(s.p // 12, s.p % 12 + 1, 1)
             AND r.superseded_at IS NULL AND r.upload_id <> $u
            WHERE {same}
            """, ("u", uploadId));
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT source_row FROM ingest_same";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                rows.Add(r.GetInt32(0));
            }
        }

        Exec("DELETE FROM ingest_rows WHERE source_row IN (SELECT source_row FROM ingest_same)");
        Exec("DROP TABLE temp.ingest_same");
        _revised = _revised.Where(x => !rows.Contains(x.Row)).ToList();
        _history.Drop(rows);
        return rows;
    }

    /// <summary>Inside the caller's transaction: moves the staged rows into <c>reports</c> (received at
    /// <paramref name="now"/>) and marks the earlier report of each revised (uscc, period) superseded.</summary>
    public void Load(DateTime now)
    {
        Exec($"""
            INSERT INTO reports
            SELECT uscc, {StagedPeriod}, {StagedMoney("revenue_ytd")}, {StagedMoney("revenue_ytd_prev")}, {StagedMoney("ai_revenue_ytd")},
                   {StagedMoney("ai_revenue_ytd_prev")}, {StagedMoney("ai_software_ytd")}, {StagedMoney("ai_services_ytd")}, {StagedMoney("ai_products_ytd")}, {StagedMoney("profit_ytd")},
                   {StagedMoney("profit_ytd_prev")}, {StagedMoney("rd_expense_ytd")}, {StagedMoney("rd_expense_ytd_prev")}, employees_end, rd_staff_end, ai_patents_ytd,
                   {StagedMoney("compute_used_ytd")}, $u, source_row, $now, revision, NULL
            FROM ingest_stage
            """, ("u", uploadId), ("now", now));
        Supersede(now);
    }

    /// <summary>
    /// After <see cref="Load"/>: the staged rows (in row order) beside the current reports (this upload's included) of
    /// the month before and the same month a year before, for the rows where a history edit can fire (see
    /// <see cref="StagedHistory.Candidates"/>). The staged rows' own figures were kept as they were appended; only the
    /// current reports of earlier uploads for those months are read here (none when the warehouse held no month of them).
    /// </summary>
    public List<ReportHistory> History()
    {
        var earlier = new List<(long, long, long)>();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            WITH periods AS (SELECT DISTINCT p FROM ingest_rows),
            want AS (SELECT p - 1 AS p FROM periods UNION SELECT p - 12 FROM periods)
            SELECT c.code_id, year(r.period) * 12 + month(r.period) - 1, CAST(r.revenue_ytd * 100 AS BIGINT), CAST(r.ai_revenue_ytd * 100 AS BIGINT)
            FROM reports r JOIN want ON r.period = make_date(want.p // 12, want.p % 12 + 1, 1) JOIN ingest_codes c ON c.uscc = r.uscc
            WHERE r.superseded_at IS NULL AND r.upload_id <> $u
            """;
        cmd.Parameters.Add(new DuckDBParameter("u", uploadId));
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                earlier.Add((StagedHistory.Key(r.GetInt32(0), (int)r.GetInt64(1)), r.IsDBNull(2) ? StagedHistory.None : r.GetInt64(2),
                    r.IsDBNull(3) ? StagedHistory.None : r.GetInt64(3)));
            }
        }

        return _history.Candidates(earlier);
    }

    /// <summary>Drops the stage (after the load).</summary>
    public void EndStage()
    {
        Exec("DROP VIEW temp.ingest_stage");
        Exec("DROP TABLE temp.ingest_rows");
        Exec("DROP TABLE temp.ingest_codes");
        Exec("DROP TABLE temp.ingest_codelist");
    }

    public void Dispose()
    {
        _appender?.Dispose();
        _codeAppender?.Dispose();
    }

    /// <summary>A staged money column (BIGINT hundredths) as the exact DECIMAL(18,2) it was read as. Money below 10^13
    /// hundredths (every money column but compute_used_ytd: at most 10^10 千元, AI1-H18) is multiplied as DECIMAL(15,0),
    /// which keeps DuckDB's product within 18 digits (64-bit arithmetic); compute_used_ytd (up to 10^16) takes the
    /// 128-bit path.</summary>
    private static string StagedMoney(string column)
        => column.EndsWith("compute_used_ytd", StringComparison.Ordinal)
            ? $"CAST(CAST({column} AS DECIMAL(18,0)) * 0.01 AS DECIMAL(18,2))"
            : $"CAST(CAST({column} AS DECIMAL(15,0)) * 0.01 AS DECIMAL(18,2))";

    /// <summary>The last revision of each enterprise's report for one period, from earlier uploads.</summary>
    private Dictionary<string, int> Revisions(int period)
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT uscc, max(revision) FROM reports WHERE period = $p AND upload_id <> $u GROUP BY uscc";
        cmd.Parameters.Add(new DuckDBParameter("p", new DateOnly(period / 12, (period % 12) + 1, 1)));
        cmd.Parameters.Add(new DuckDBParameter("u", uploadId));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            d[r.GetString(0)] = r.GetInt32(1);
        }

        return d;
    }

    /// <summary>Revisions: the earlier report of each revised (uscc, period) stays in history with superseded_at set.</summary>
    private void Supersede(DateTime now)
    {
        if (_revised.Count == 0)
        {
            return;
        }

        Exec("DROP TABLE IF EXISTS temp.ingest_keys");
        Exec("CREATE TEMP TABLE ingest_keys (uscc VARCHAR, period DATE)");
        using (var app = connection.CreateAppender("ingest_keys"))
        {
            foreach (var (uscc, period, _, _) in _revised)
            {
                app.CreateRow().AppendValue(uscc).AppendValue((DateOnly?)new DateOnly(period / 12, (period % 12) + 1, 1)).EndRow();
            }
        }

        Exec("""
            UPDATE reports SET superseded_at = $now FROM ingest_keys k
            WHERE reports.uscc = k.uscc AND reports.period = k.period AND reports.superseded_at IS NULL AND reports.upload_id <> $u
            """, ("now", now), ("u", uploadId));
        Exec("DROP TABLE temp.ingest_keys");
    }

    private void Exec(string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args)
        {
            cmd.Parameters.Add(new DuckDBParameter(name, value));
        }

        cmd.ExecuteNonQuery();
    }
}
