using System.Collections.Concurrent;
using ShanghaiAi.Stats.Warehouse;
using ShanghaiAi.Stats.Access;
using static ShanghaiAi.Stats.Ingest.MonthlyColumns;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// Form AI-1 in two steps. <see cref="Stage"/>, before the caller's transaction: one thread validates every row in a
/// tight pass over the parsed cells while this one hands the rows that pass the hard edits to the upload's
/// <see cref="ReportStore"/> stage, and duplicates and unchanged rows are dropped from it. Then <see cref="Load"/>,
/// inside the transaction: the store moves the stage into <c>reports</c> and supersedes revised reports, and the history
/// edits run on what it hands back, so a crash leaves nothing behind.
/// </summary>
internal static class MonthlyReportIngest
{
    /// <summary>What <see cref="Stage"/> leaves for <see cref="Load"/>: the upload's report store, its stage filled.</summary>
    internal sealed record Staged(ReportStore Store);

    /// <summary>DuckDB's memory limit while the rows are staged (see <see cref="MemoryLimit"/>): at 1,000,000 rows the
    /// stage's peak went from about 790 to 480 MB, at no measurable cost in time.</summary>
    private const string DuckDbMemory = "256MB";

    /// <summary>DuckDB's memory limit while the staged rows are inserted into <c>reports</c> and the history edits run.
    /// Measured on a quiet 2-core machine at 1,006,340 rows: 256 MB spills the insert (4.6 s, peak 630 MB), 448 MB does
    /// not (4.0 s, peak 740 MB), no limit 4.4 s and 900 MB; 448 MB is better than no limit on both.</summary>
    private const string LoadMemory = "448MB";

    /// <summary>From this many data rows on, the managed heap is compacted and given back to the system before the insert
    /// (see <see cref="Load"/>); below it the heap is small and a full collection would only cost time.</summary>
    internal const int CompactHeapFromRows = 100_000;

    /// <summary>Validates every row and appends the good ones to the store's stage (outside any transaction).</summary>
    public static Staged Stage(IngestContext ctx)
    {
        using var limit = MemoryLimit.Set(ctx.Connection, DuckDbMemory);
        var names = new List<string>();
        var register = LoadRegister(ctx, names);
        var expected = Math.Min(ctx.Options.MaxRows, ctx.File.EstimatedRows);
        var keys = new MonthlyKeyLog(expected);
        var authority = new RowAuthority(ctx.Permit, RowAuthority.NeedsMembers(ctx.Permit) ? RegisterStore.Members(ctx.Connection, ctx.Request.Actor) : null);
        ctx.Stages?.Mark("register codes");

        // Two stages in a pipeline: one thread reads and validates rows into batches, this one appends them (the
        // connection and its Appender stay on this thread).
        using var full = new BlockingCollection<ReportBatch>(boundedCapacity: 4);
        using var free = new BlockingCollection<ReportBatch>();
        for (var i = 0; i < 6; i++)
        {
            free.Add(new ReportBatch(2048));
        }

        var store = new ReportStore(ctx.Connection, ctx.UploadId, expected);
        store.BeginStage();
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(() =>
        {
            try
            {
                MonthlyRowReader.Read(ctx, register, names, authority, keys, full, free, stop.Token);
            }
            finally
            {
                full.CompleteAdding();
            }
        });
        try
        {
            var appended = 0;
            foreach (var batch in full.GetConsumingEnumerable())
            {
                for (var k = 0; k < batch.Size; k++)
                {
                    store.Append(batch, k);
                    FaultInjection.RowAppended(++appended);
                }

                batch.Size = 0;
                free.Add(batch);
            }

            store.EndAppend();
        }
        catch
        {
            stop.Cancel();
            store.Dispose();
            try
            {
                producer.Wait();
            }
            catch (AggregateException)
            {
                // The append failure is the one to report.
            }

            throw;
        }

        producer.GetAwaiter().GetResult();
        ctx.Stages?.Mark("read, validate, append");
        var groups = keys.Duplicates(names);
        ctx.Log.Duplicates(groups.Select(kv => (kv.Key.Item1 + " " + Common.Period.FromIndex(kv.Key.Item2), kv.Value)), Uscc, "AI1-H14");
        store.DropRows(groups.Values.SelectMany(g => g).ToHashSet());

        // Rows equal to the enterprise's current report are not revisions: a re-upload with one changed row makes one
        // revision. They stay accepted (the warehouse already holds them).
        ctx.Unchanged = store.DropUnchanged().Count;
        return new Staged(store);
    }

    /// <summary>Moves the staged rows into <c>reports</c>, supersedes revised reports and runs the history edits; inside
    /// the caller's transaction.</summary>
    public static void Load(IngestContext ctx, Staged staged)
    {
        var store = staged.Store;
        using var limit = MemoryLimit.Set(ctx.Connection, LoadMemory);
        if (ctx.DataRows >= CompactHeapFromRows)
        {
            // The read leaves most of the managed heap as garbage that the GC keeps committed (at 1,006,340 rows: 56 MB
            // live of 185-260 MB committed), and the insert then adds DuckDB's memory on top: the process's peak (issue
            // 15: 660-760 MB). An aggressive collection gives the garbage back first (peak 540-565 MB), for about 50 ms.
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            ctx.Stages?.Mark("compact managed heap");
        }

        store.Load(ctx.Now);
        ctx.Stages?.Mark("load: insert into reports, supersede");
        foreach (var (row, revision) in store.Revised)
        {
            ctx.Log.Add(row, -1, string.Empty, "AI1-I01", revision);
        }

        MonthlyHistoryEdits.Run(ctx, store.History());
        store.EndStage();
    }

    /// <summary>The current register: each code's date of registration and a small id (its index in <paramref name="names"/>).</summary>
    private static Dictionary<string, (int Id, DateOnly? RegisteredOn)> LoadRegister(IngestContext ctx, List<string> names)
    {
        var d = new Dictionary<string, (int, DateOnly?)>(StringComparer.Ordinal);
        RegisterStore.CurrentCodes(ctx.Connection, (uscc, registeredOn) =>
        {
            if (!d.ContainsKey(uscc))
            {
                d[uscc] = (names.Count, registeredOn);
                names.Add(uscc);
            }
        });
        return d;
    }
}
