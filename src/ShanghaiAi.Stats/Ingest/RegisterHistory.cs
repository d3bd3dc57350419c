using System.Globalization;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>Register history: new enterprises are added; changed fields close the current row and add a new one;
/// a roster that contradicts another source's value records a conflict for review instead of overwriting it.</summary>
internal static class RegisterHistory
{
    private static readonly string[] Fields = ["name", "district_code", "park_id", "industry_code", "business_scope", "main_products", "registered_on", "size_class"];

    private static string?[] Values(RegisterEntry e) =>
    [
        e.Name, e.DistrictCode, e.ParkId, e.IndustryCode, e.BusinessScope, e.MainProducts,
        e.RegisteredOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.SizeClass,
    ];

    private static RegisterEntry FromValues(string uscc, string?[] v) => new(uscc, v[0]!, v[1], v[2], v[3], v[4], v[5],
        v[6] is null ? null : DateOnly.ParseExact(v[6]!, "yyyy-MM-dd", CultureInfo.InvariantCulture), v[7]);

    public static void Apply(IngestContext ctx, List<(int Row, RegisterEntry Entry, DateOnly? Since)> rows)
    {
        var roster = ctx.Request.Kind == IngestKinds.MemberRoster;
        var source = ctx.Source;
        var current = RegisterStore.Current(ctx.Connection);
        var open = RegisterStore.OpenConflicts(ctx.Connection);
        var members = roster ? RegisterStore.Members(ctx.Connection, ctx.Request.Actor) : [];
        var close = new List<string>();
        var insert = new List<RegisterEntry>();
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
                insert.Add(e);
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
                insert.Add(entry);
                current[e.Uscc] = (entry, source);
                ctx.Log.Add(row, -1, string.Empty, "REG-I01", "changed: " + string.Join(", ", changed));
            }
        }

        RegisterStore.Write(ctx.Connection, close, insert, conflicts, memberships, source, ctx.UploadId, roster ? ctx.Request.Actor : null, ctx.Now,
            FaultInjection.RowAppended);
    }
}
