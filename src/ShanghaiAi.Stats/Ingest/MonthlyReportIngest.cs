using System.Globalization;
using DuckDB.NET.Data;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// Form AI-1: validates every row in one pass over the parsed cells and appends the rows that pass the hard edits
/// straight into <c>reports</c> with the Appender (revision = the key's last revision + 1); then removes duplicates,
/// supersedes the revised reports and applies the history edits with one set-based query, all inside the caller's
/// transaction, so a crash leaves nothing behind.
/// </summary>
internal static partial class MonthlyReportIngest
{
    // Column positions in KindSchema.Monthly.
    private const int Uscc = 0, PeriodCol = 1, Revenue = 2, RevenuePrev = 3, AiRevenue = 4, AiRevenuePrev = 5, AiSoftware = 6,
        AiServices = 7, AiProducts = 8, Profit = 9, ProfitPrev = 10, RdExpense = 11, RdExpensePrev = 12, Employees = 13,
        RdStaff = 14, Patents = 15, Compute = 16, Count = 17;

    private static readonly decimal Max = 9_999_999_999_999_999m;
    private static readonly int MinPeriod = 2020 * 12;

    public static void Run(IngestContext ctx)
    {
        var log = ctx.Log;
        var register = LoadRegister(ctx);
        var members = ctx.Request.Role == "association" ? LoadMembers(ctx) : null;
        var lookup = register.GetAlternateLookup<ReadOnlySpan<char>>();
        var current = ctx.CurrentMonth.Index;
        var keys = new Dictionary<(string, int), int>();
        var groups = new Dictionary<(string, int), List<int>>();
        var fieldOf = log.Header.FieldOf;
        var values = new decimal[Count];
        var has = new bool[Count];
        Span<char> code = stackalloc char[20];

        var revisions = new Dictionary<int, Dictionary<string, int>>();
        var revised = new List<(string Uscc, int Period, int Row, int Revision)>();
        var staged = 0;
        using (var src = ctx.File.OpenData())
        using (var app = ctx.Connection.CreateAppender("reports"))
        {
            while (src.Read())
            {
                ctx.CountRow(src);
                var row = src.RowNumber;

                // uscc: normalised, check character, in the register.
                var rawUscc = src.Field(fieldOf[Uscc]);
                string? uscc = null;
                DateOnly? registeredOn = null;
                var n = CellParser.NormaliseCode(rawUscc, code);
                if (n <= 0)
                {
                    log.Add(row, Uscc, rawUscc, "AI1-H01", "an 18-character code");
                }
                else if (n != 18 || ShanghaiAi.Stats.Common.Uscc.CheckCharacter(code[..17]) != code[17])
                {
                    var problem = UsccProblem(code[..n].ToString());
                    log.Add(row, Uscc, rawUscc, "AI1-H01", problem);
                }
                else if (lookup.TryGetValue(code[..18], out var known, out var registered))
                {
                    uscc = known;
                    registeredOn = registered;
                    if (members is not null && !members.Contains(known))
                    {
                        log.Add(row, Uscc, rawUscc, "AI1-H16", ctx.Request.Actor);
                    }
                }
                else
                {
                    uscc = code[..18].ToString();
                    log.Add(row, Uscc, rawUscc, "AI1-H02");
                }

                // period
                var rawPeriod = src.Field(fieldOf[PeriodCol]);
                var p = CellParser.PeriodIndex(rawPeriod);
                if (p < 0)
                {
                    log.Add(row, PeriodCol, rawPeriod, CellParser.Trim(rawPeriod).IsEmpty ? "AI1-H06" : "AI1-H03");
                }
                else if (p > current)
                {
                    log.Add(row, PeriodCol, rawPeriod, "AI1-H04", ctx.CurrentMonth.ToString());
                    p = -1;
                }
                else if (p < MinPeriod)
                {
                    log.Add(row, PeriodCol, rawPeriod, "AI1-H05");
                    p = -1;
                }

                if (uscc is not null && p >= 0)
                {
                    var key = (uscc, p);
                    if (!keys.TryAdd(key, row))
                    {
                        if (!groups.TryGetValue(key, out var g))
                        {
                            g = [keys[key]];
                            groups[key] = g;
                        }

                        g.Add(row);
                    }
                }

                ReadValues(ctx, src, row, values, has);
                CrossChecks(ctx, src, row, values, has, registeredOn, p);

                if (uscc is null || p < 0 || log.HasHard(row))
                {
                    continue;
                }

                if (!revisions.TryGetValue(p, out var last))
                {
                    last = Revisions(ctx, p);
                    revisions[p] = last;
                }

                var revision = last.GetValueOrDefault(uscc) + 1;
                if (revision > 1)
                {
                    revised.Add((uscc, p, row, revision));
                }

                var r = app.CreateRow();
                r.AppendValue(uscc);
                r.AppendValue((DateOnly?)new DateOnly(p / 12, (p % 12) + 1, 1));
                for (var c = Revenue; c <= RdExpensePrev; c++)
                {
                    Money(r, values[c], has[c]);
                }

                for (var c = Employees; c <= Patents; c++)
                {
                    r.AppendValue(has[c] ? (int?)(int)values[c] : null);
                }

                Money(r, values[Compute], has[Compute]);
                r.AppendValue(ctx.UploadId).AppendValue((int?)row).AppendValue((DateTime?)ctx.Now).AppendValue((int?)revision).AppendNullValue();
                r.EndRow();
                staged++;
                FaultInjection.RowAppended(staged);
            }
        }

        var dupRows = groups.Values.SelectMany(g => g).ToList();
        log.Duplicates(groups.Select(kv => (kv.Key.Item1 + " " + Common.Period.FromIndex(kv.Key.Item2), kv.Value)), Uscc, "AI1-H14");
        if (dupRows.Count > 0)
        {
            ctx.Exec("DROP TABLE IF EXISTS temp.ingest_drop");
            ctx.Exec("CREATE TEMP TABLE ingest_drop (source_row INTEGER)");
            using (var app = ctx.Connection.CreateAppender("ingest_drop"))
            {
                foreach (var d in dupRows)
                {
                    app.CreateRow().AppendValue((int?)d).EndRow();
                }
            }

            ctx.Exec("DELETE FROM reports WHERE upload_id = $u AND source_row IN (SELECT source_row FROM ingest_drop)", ("u", ctx.UploadId));
            ctx.Exec("DROP TABLE temp.ingest_drop");
        }

        IngestService.T("stage");
        var dupSet = dupRows.ToHashSet();
        Supersede(ctx, revised.Where(x => !dupSet.Contains(x.Row)).ToList());
        IngestService.T("load");
        History(ctx);
        IngestService.T("history");
    }

    /// <summary>The last revision of each enterprise's report for one period.</summary>
    private static Dictionary<string, int> Revisions(IngestContext ctx, int period)
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        using var cmd = ctx.Connection.CreateCommand();
        cmd.CommandText = "SELECT uscc, max(revision) FROM reports WHERE period = $p AND upload_id <> $u GROUP BY uscc";
        cmd.Parameters.Add(new DuckDBParameter("p", new DateOnly(period / 12, (period % 12) + 1, 1)));
        cmd.Parameters.Add(new DuckDBParameter("u", ctx.UploadId));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            d[r.GetString(0)] = r.GetInt32(1);
        }

        return d;
    }

    private static void Money(IDuckDBAppenderRow r, decimal v, bool has)
    {
        if (has)
        {
            r.AppendValue((decimal?)v);
        }
        else
        {
            r.AppendNullValue();
        }
    }

    /// <summary>Revisions: the earlier report of each revised (uscc, period) stays in history with superseded_at set.</summary>
    private static void Supersede(IngestContext ctx, List<(string Uscc, int Period, int Row, int Revision)> revised)
    {
        if (revised.Count == 0)
        {
            return;
        }

        ctx.Exec("DROP TABLE IF EXISTS temp.ingest_keys");
        ctx.Exec("CREATE TEMP TABLE ingest_keys (uscc VARCHAR, period DATE)");
        using (var app = ctx.Connection.CreateAppender("ingest_keys"))
        {
            foreach (var (uscc, period, _, _) in revised)
            {
                app.CreateRow().AppendValue(uscc).AppendValue((DateOnly?)new DateOnly(period / 12, (period % 12) + 1, 1)).EndRow();
            }
        }

        ctx.Exec("""
            UPDATE reports SET superseded_at = $now FROM ingest_keys k
            WHERE reports.uscc = k.uscc AND reports.period = k.period AND reports.superseded_at IS NULL AND reports.upload_id <> $u
            """, ("now", ctx.Now), ("u", ctx.UploadId));
        ctx.Exec("DROP TABLE temp.ingest_keys");
        foreach (var (_, _, row, revision) in revised)
        {
            ctx.Log.Add(row, -1, string.Empty, "AI1-I01", revision);
        }
    }

    private static Dictionary<string, DateOnly?> LoadRegister(IngestContext ctx)
    {
        var d = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        using var cmd = ctx.Connection.CreateCommand();
        cmd.CommandText = "SELECT uscc, registered_on FROM register WHERE valid_to IS NULL";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            d[r.GetString(0)] = r.IsDBNull(1) ? null : DateOnly.FromDateTime(r.GetDateTime(1));
        }

        return d;
    }

    private static HashSet<string> LoadMembers(IngestContext ctx)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = ctx.Connection.CreateCommand();
        cmd.CommandText = "SELECT DISTINCT uscc FROM memberships WHERE association_id = $a";
        cmd.Parameters.Add(new DuckDBParameter("a", ctx.Request.Actor));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            set.Add(r.GetString(0));
        }

        return set;
    }

    /// <summary>What is wrong with a normalised code, phrased as what is expected.</summary>
    internal static string UsccProblem(string code)
    {
        if (code.Length != 18)
        {
            return string.Create(CultureInfo.InvariantCulture, $"18 characters, not {code.Length}");
        }

        return "a valid code: " + (ShanghaiAi.Stats.Common.Uscc.Problem(code) ?? "ok");
    }

    private static string Show(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
