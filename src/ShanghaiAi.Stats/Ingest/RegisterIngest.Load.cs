using System.Globalization;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>Register history: new enterprises are added; changed fields close the current row and add a new one;
/// a roster that contradicts another source's value records a conflict for review instead of overwriting it.</summary>
internal static partial class RegisterIngest
{
    private static readonly string[] Fields = ["name", "district_code", "park_id", "industry_code", "business_scope", "main_products", "registered_on", "size_class"];

    private static string?[] Values(RegisterEntry e) =>
    [
        e.Name, e.DistrictCode, e.ParkId, e.IndustryCode, e.BusinessScope, e.MainProducts,
        e.RegisteredOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.SizeClass,
    ];

    private static RegisterEntry FromValues(string uscc, string?[] v) => new(uscc, v[0]!, v[1], v[2], v[3], v[4], v[5],
        v[6] is null ? null : DateOnly.ParseExact(v[6]!, "yyyy-MM-dd", CultureInfo.InvariantCulture), v[7]);

    private static void Load(IngestContext ctx, List<(int Row, RegisterEntry Entry, DateOnly? Since)> rows)
    {
        var roster = ctx.Request.Kind == IngestKinds.MemberRoster;
        var source = ctx.Source;
        var current = Current(ctx.Connection);
        var open = OpenConflicts(ctx.Connection);
        var members = roster ? Members(ctx) : [];
        var close = new List<string>();
        var insert = new List<(RegisterEntry Entry, int Row)>();
        var conflicts = new List<(string Uscc, string Field, string? Current, string? Proposed)>();
        var memberships = new List<(string Uscc, DateOnly? Since)>();
        foreach (var (row, e, since) in rows)
        {
            if (roster && members.Add(e.Uscc))
            {
                memberships.Add((e.Uscc, since));
            }

            if (!current.TryGetValue(e.Uscc, out var cur))
            {
                insert.Add((e, row));
                current[e.Uscc] = (e, source);
                continue;
            }

            var now = Values(cur.Entry);
            var proposed = Values(e);
            var merged = (string?[])now.Clone();
            var changed = new List<string>();
            for (var i = 0; i < Fields.Length; i++)
            {
                if (proposed[i] is null || proposed[i] == now[i])
                {
                    continue;
                }

                if (now[i] is null || !roster || cur.Source == source)
                {
                    merged[i] = proposed[i];
                    changed.Add(Fields[i]);
                }
                else
                {
                    // Another source says otherwise: keep it, record the conflict for review.
                    ctx.Log.Add(row, i + 1, proposed[i], "REG-S06", $"'{now[i]}' ({cur.Source})");
                    if (open.Add($"{e.Uscc}|{Fields[i]}|{proposed[i]}|{source}"))
                    {
                        conflicts.Add((e.Uscc, Fields[i], now[i], proposed[i]));
                    }
                }
            }

            if (changed.Count > 0)
            {
                var entry = FromValues(e.Uscc, merged);
                close.Add(e.Uscc);
                insert.Add((entry, row));
                current[e.Uscc] = (entry, source);
                ctx.Log.Add(row, -1, string.Empty, "REG-I01", "changed: " + string.Join(", ", changed));
            }
        }

        Write(ctx, close, insert, conflicts, memberships);
    }

    private static void Write(IngestContext ctx, List<string> close, List<(RegisterEntry Entry, int Row)> insert,
        List<(string Uscc, string Field, string? Current, string? Proposed)> conflicts, List<(string Uscc, DateOnly? Since)> memberships)
    {
        var c = ctx.Connection;
        if (close.Count > 0)
        {
            ctx.Exec("DROP TABLE IF EXISTS temp.ingest_keys");
            ctx.Exec("CREATE TEMP TABLE ingest_keys (uscc VARCHAR)");
            using (var app = c.CreateAppender("ingest_keys"))
            {
                foreach (var u in close.Distinct(StringComparer.Ordinal))
                {
                    app.CreateRow().AppendValue(u).EndRow();
                }
            }

            ctx.Exec("UPDATE register SET valid_to = $now FROM ingest_keys k WHERE register.uscc = k.uscc AND register.valid_to IS NULL", ("now", ctx.Now));
            ctx.Exec("DROP TABLE IF EXISTS temp.ingest_keys");
        }

        var appended = 0;
        using (var app = c.CreateAppender("register"))
        {
            // A row changed twice in one upload cannot happen (duplicates are rejected), so each uscc appears once.
            foreach (var (e, _) in insert)
            {
                app.CreateRow().AppendValue(e.Uscc).AppendValue(e.Name).AppendValue(e.DistrictCode).AppendValue(e.ParkId)
                    .AppendValue(e.IndustryCode).AppendValue(e.BusinessScope).AppendValue(e.MainProducts).AppendValue(e.RegisteredOn)
                    .AppendValue(e.SizeClass).AppendValue(ctx.Source).AppendValue(ctx.UploadId).AppendValue((DateTime?)ctx.Now)
                    .AppendNullValue().EndRow();
                FaultInjection.RowAppended(++appended);
            }
        }

        using (var app = c.CreateAppender("register_conflicts"))
        {
            foreach (var (uscc, field, cur, proposed) in conflicts)
            {
                app.CreateRow().AppendValue(uscc).AppendValue(field).AppendValue(cur).AppendValue(proposed).AppendValue(ctx.Source)
                    .AppendValue(ctx.UploadId).AppendValue((DateTime?)ctx.Now).AppendNullValue().EndRow();
            }
        }

        using (var app = c.CreateAppender("memberships"))
        {
            foreach (var (uscc, since) in memberships)
            {
                app.CreateRow().AppendValue(uscc).AppendValue(ctx.Request.Actor).AppendValue(since).AppendValue(ctx.UploadId)
                    .AppendValue((DateTime?)ctx.Now).EndRow();
            }
        }
    }

    private static Dictionary<string, (RegisterEntry Entry, string Source)> Current(DuckDBConnection c)
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

    private static HashSet<string> OpenConflicts(DuckDBConnection c)
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

    private static HashSet<string> Members(IngestContext ctx)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = ctx.Connection.CreateCommand();
        cmd.CommandText = "SELECT uscc FROM memberships WHERE association_id = $a";
        cmd.Parameters.Add(new DuckDBParameter("a", ctx.Request.Actor));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            set.Add(r.GetString(0));
        }

        return set;
    }
}
