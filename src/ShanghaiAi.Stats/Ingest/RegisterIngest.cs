using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// The enterprise register and associations' member rosters: <see cref="RegisterRowReader"/> validates the rows, rows
/// sharing a credit code are rejected as duplicates, <see cref="RegisterHistory"/> updates the register with history
/// (close the current row, add the new one), keeps conflicts with another source for review and records memberships,
/// and every new or changed enterprise is classified. The association comes from the caller, never from the file.
/// </summary>
internal static class RegisterIngest
{
    private const int Uscc = 0;

    public static void Run(IngestContext ctx)
    {
        var (rows, groups) = RegisterRowReader.Read(ctx);
        ctx.Log.Duplicates(groups.Select(kv => (kv.Key, kv.Value)), Uscc, "REG-H10");
        var dup = groups.Values.SelectMany(g => g).ToHashSet();
        ctx.Stages?.Mark("read, validate");
        RegisterHistory.Apply(ctx, rows.Where(r => !dup.Contains(r.Row)).ToList());
        ctx.Stages?.Mark("register history, load");
        ClassificationStore.RefreshOnLoad(ctx.Connection, ctx.Now); // a close never meets an unclassified enterprise
        ctx.Stages?.Mark("classification refresh");
    }
}
