using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// The enterprise register and associations' member rosters: <see cref="RegisterRowReader"/> validates the rows, which
/// go into the register as they are read (<see cref="RegisterAppender"/>: nothing of the file is held); rows sharing a
/// credit code are then rejected as duplicates and removed again, <see cref="RegisterHistory"/> merges the rows of
/// enterprises the register already held (close the current row, keep the new one), keeps conflicts with another
/// source for review, and every new or changed enterprise is classified. Memberships of a roster are recorded for the
/// association of the caller, never one from the file.
/// </summary>
internal static class RegisterIngest
{
    private const int Uscc = 0;

    /// <summary>DuckDB's memory limit while the rows are appended and merged (see <see cref="MemoryLimit"/>).</summary>
    private const string DuckDbMemory = "96MB";

    /// <summary>DuckDB's memory limit during the classification refresh: it compares fingerprints in a narrow query and
    /// reads the wide inputs and stored classifications of only the enterprises to classify (a single wide join over a
    /// 1,000,000-row register and its classifications ran out of memory under 96 MB).</summary>
    private const string RefreshMemory = "96MB";

    public static void Run(IngestContext ctx)
    {
        var c = ctx.Connection;
        var roster = ctx.Request.Kind == IngestKinds.MemberRoster;
        var association = roster ? ctx.Request.Actor : null;
        var members = roster ? RegisterStore.Members(c, ctx.Request.Actor) : null;
        using (MemoryLimit.Set(c, DuckDbMemory))
        {
            using (var stage = ClassificationStore.StageOnLoad(c, ctx.Now))
            using (var sink = new RegisterAppender(c, ctx.Source, ctx.UploadId, association, ctx.Now, FaultInjection.RowAppended))
            {
                RegisterRowReader.Read(ctx, (row, uscc, entry, since) =>
                {
                    sink.Code(row, uscc, entry is not null);
                    if (entry is null)
                    {
                        return;
                    }

                    sink.Entry(entry);
                    stage.Add(entry);
                    if (members is not null && members.Add(uscc))
                    {
                        sink.Member(uscc, since);
                    }
                });
                stage.Complete();
            }

            ctx.Stages?.Mark("read, validate, classify new, append");
            var groups = RegisterStore.DuplicateGroups(c);
            ctx.Log.Duplicates(groups.Select(g => (g.Uscc, g.Rows)), Uscc, "REG-H10");
            RegisterStore.DropDuplicates(c, ctx.UploadId, groups.Count > 0);
            RegisterHistory.Apply(ctx);
            RegisterStore.EndUpload(c);
            ctx.Stages?.Mark("duplicates, register history");
        }

        using var refresh = MemoryLimit.Set(c, RefreshMemory);
        // a close never meets an unclassified enterprise; a register's staged rows are proven by keys (a roster's
        // members are mostly enterprises the register holds, skipped by the stage: nothing to prove)
        ClassificationStore.RefreshOnLoad(c, ctx.Now, staged: true, upload: roster ? null : ctx.UploadId);
        ctx.Stages?.Mark("classification refresh");
    }
}
