using System.Globalization;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>Register history: new enterprises are added; changed fields close the current row and add a new one;
/// a roster that contradicts another source's value records a conflict for review instead of overwriting it. The
/// upload's rows are already in the register as current rows (appended as read); here the rows of enterprises it held
/// before are merged: unchanged ones removed again, changed ones close the earlier row.</summary>
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

    /// <summary>Matched rows merged per step (bounds the memory of a re-uploaded register).</summary>
    internal const int Step = 32_768;

    /// <summary>The history edits of the upload's loaded rows (already appended as current rows, see
    /// <see cref="RegisterAppender"/>) that meet an enterprise the register held: in file order, step by step.</summary>
    public static void Apply(IngestContext ctx)
    {
        var roster = ctx.Request.Kind == IngestKinds.MemberRoster;
        var source = ctx.Source;
        var matched = RegisterStore.Matched(ctx.Connection, ctx.UploadId);
        if (matched == 0)
        {
            return;
        }

        var open = RegisterStore.OpenConflicts(ctx.Connection);
        for (long from = 1; from <= matched; from += Step)
        {
            var close = new List<string>();
            var drop = new List<string>();
            var replace = new List<RegisterEntry>();
            var conflicts = new List<(string Uscc, string Field, string? Current, string? Proposed)>();
            foreach (var (row, e, cur, curSource) in RegisterStore.MatchedRows(ctx.Connection, ctx.UploadId, from, from + Step - 1))
            {
                var now = Values(cur);
                var proposed = Values(e);
                var merged = (string?[])now.Clone();
                var changed = new List<string>();
                for (var i = 0; i < Fields.Length; i++)
                {
                    if (proposed[i] is null || proposed[i] == now[i])
                    {
                        continue;
                    }

                    if (now[i] is null || !roster || curSource == source)
                    {
                        merged[i] = proposed[i];
                        changed.Add(Fields[i]);
                    }
                    else
                    {
                        // Another source says otherwise: keep it, record the conflict for review.
                        ctx.Log.Add(row, i + 1, proposed[i], "REG-S06", $"'{now[i]}' ({curSource})");
                        if (open.Add($"{e.Uscc}|{Fields[i]}|{proposed[i]}|{source}"))
                        {
                            conflicts.Add((e.Uscc, Fields[i], now[i], proposed[i]));
                        }
                    }
                }

                if (changed.Count == 0)
                {
                    drop.Add(e.Uscc); // unchanged: the current row stays
                    continue;
                }

                close.Add(e.Uscc);
                if (!merged.SequenceEqual(proposed))
                {
                    drop.Add(e.Uscc); // the appended row becomes the merged one
                    replace.Add(FromValues(e.Uscc, merged));
                }

                ctx.Log.Add(row, -1, string.Empty, "REG-I01", "changed: " + string.Join(", ", changed));
            }

            RegisterStore.Revise(ctx.Connection, close, drop, replace, conflicts, source, ctx.UploadId, ctx.Now);
        }
    }
}
