using System.Collections.Concurrent;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>
/// Classifies the new enterprises of a register load while its rows are read (issue 15): each accepted row of an
/// enterprise the warehouse holds no current classification for is classified on worker threads, as if it had no report
/// and no override, and its result appended to <c>classifications</c> as the refresh after the load would store it (its
/// time, edition and the fingerprint of those inputs, <see cref="ClassificationFingerprint.Of"/>); its credit code goes
/// into the connection's temp table <see cref="Table"/>. Such a staged row stands only where the refresh
/// (<see cref="ClassificationRefresh"/>) finds its fingerprint equal to the one of the enterprise's current inputs, which
/// it computes in SQL; any other (a report or override present, a row merged or dropped by the history edits, a
/// duplicate) it deletes and classifies the enterprise itself, so the stored results are those of classifying everyone.
/// <para>The connection and the appender stay on the caller's thread: the workers hand back classified batches, which
/// the caller appends as it adds rows. A fixed number of batches bounds the memory. The workers are threads of their own
/// at a lower priority (<see cref="LowPriorityThreads"/>): the caller's thread is the load's critical path.</para>
/// </summary>
internal sealed class ClassificationStage : IDisposable
{
    /// <summary>The credit codes of the staged rows.</summary>
    public const string Table = "classification_staged";

    /// <summary>The credit codes of the rows given but not staged (a current classification was found).</summary>
    public const string Skipped = "classification_skipped";

    private const int BatchSize = 1024;

    private readonly Classifier _classifier;
    private readonly string _rules;
    private readonly ulong[] _known;
    private readonly BlockingCollection<Batch> _todo = new();
    private readonly BlockingCollection<Batch> _done = new();
    private readonly Stack<Batch> _free = new();
    private readonly Task _workers;
    private readonly BatchedAppender _appender;
    private readonly BatchedAppender _codes;
    private readonly BatchedAppender _skipped;
    private readonly DateTime _at;
    private readonly CancellationTokenSource _stop = new();
    private Batch? _filling;
    private int _out;
    private bool _completed;

    /// <param name="classifier">The classifier of the refresh that will take the staged results.</param>
    /// <param name="at">The time of that refresh (its rows' <c>classified_at</c>).</param>
    public ClassificationStage(DuckDBConnection c, Classifier classifier, DateTime at)
    {
        _at = at;
        Guard.NotNull(c);
        _classifier = Guard.NotNull(classifier);
        _rules = ClassificationFingerprint.RulesOf(classifier);
        _known = Known(c);
        Sql.Exec(c, $"CREATE OR REPLACE TEMP TABLE {Table} (uscc VARCHAR)");
        Sql.Exec(c, $"CREATE OR REPLACE TEMP TABLE {Skipped} (uscc VARCHAR)");
        _appender = new BatchedAppender(c, "classifications");
        _codes = new BatchedAppender(c, Table);
        _skipped = new BatchedAppender(c, Skipped);
        var workers = Math.Max(1, Environment.ProcessorCount);
        for (var i = 0; i < 2 * workers + 2; i++)
        {
            _free.Push(new Batch());
        }

        _workers = LowPriorityThreads.Start(workers, "classify", Work);
    }

    /// <summary>An accepted row: classified unless its enterprise already has a current classification.</summary>
    public void Add(RegisterEntry entry)
    {
        if (Array.BinarySearch(_known, Hash(entry.Uscc)) >= 0)
        {
            _skipped.CreateRow().AppendValue(entry.Uscc).EndRow();
            return;
        }

        _filling ??= Next();
        _filling.Entries[_filling.Size++] = entry;
        if (_filling.Size == BatchSize)
        {
            _todo.Add(_filling);
            _out++;
            _filling = null;
            while (_done.TryTake(out var done))
            {
                Append(done);
            }
        }
    }

    /// <summary>Classifies what is left and appends every result (call once the file is read).</summary>
    public void Complete()
    {
        if (_filling is { Size: > 0 })
        {
            _todo.Add(_filling);
            _out++;
        }

        _filling = null;
        _todo.CompleteAdding();
        while (_out > 0)
        {
            Append(_done.Take());
        }

        _workers.Wait();
        _appender.Dispose();
        _codes.Dispose();
        _skipped.Dispose();
        _completed = true;
    }

    public void Dispose()
    {
        if (!_completed)
        {
            _stop.Cancel();
            _todo.CompleteAdding();
            try
            {
                _workers.Wait();
            }
            catch (AggregateException)
            {
                // the failure that got us here is the one to report
            }

            try
            {
                _appender.Dispose();
                _codes.Dispose();
                _skipped.Dispose();
            }
            catch (DuckDBException)
            {
                // as above: the transaction is aborted
            }
        }

        _stop.Dispose();
        _todo.Dispose();
        _done.Dispose();
    }

    /// <summary>A free batch: one handed back (its results appended first) when none is free.</summary>
    private Batch Next()
    {
        if (_free.Count == 0)
        {
            Append(_done.Take());
        }

        return _free.Pop();
    }

    private void Append(Batch b)
    {
        _out--;
        b.Failure?.Throw();
        for (var i = 0; i < b.Size; i++)
        {
            var r = b.Results[i]!;
            ClassificationStore.Append(_appender.CreateRow(), r, _classifier.Standard.Edition, _at, b.Fingerprints[i]);
            _codes.CreateRow().AppendValue(r.Uscc).EndRow();
        }

        b.Size = 0;
        Array.Clear(b.Entries);
        Array.Clear(b.Results);
        _free.Push(b);
    }

    private void Work()
    {
        var buffer = new byte[2048];
        foreach (var b in _todo.GetConsumingEnumerable())
        {
            try
            {
                for (var i = 0; i < b.Size && !_stop.IsCancellationRequested; i++)
                {
                    var e = b.Entries[i]!;
                    b.Fingerprints[i] = ClassificationFingerprint.Of(_rules, e, ref buffer);
                    b.Results[i] = _classifier.Classify(new ClassificationInput(e, null), null);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                b.Failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex);
            }

            _done.Add(b);
        }
    }

    /// <summary>The hashes of the credit codes with a current classification, sorted (a false match only leaves an
    /// enterprise to the refresh).</summary>
    private static ulong[] Known(DuckDBConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT uscc FROM classifications WHERE valid_to IS NULL";
        using var r = cmd.ExecuteReader();
        var list = new List<ulong>();
        while (r.Read())
        {
            list.Add(Hash(r.GetString(0)));
        }

        var known = list.ToArray();
        Array.Sort(known);
        return known;
    }

    /// <summary>FNV-1a over the characters.</summary>
    private static ulong Hash(string s)
    {
        var h = 14695981039346656037UL;
        foreach (var ch in s)
        {
            h = unchecked((h ^ ch) * 1099511628211UL);
        }

        return h;
    }

    private sealed class Batch
    {
        public readonly RegisterEntry?[] Entries = new RegisterEntry?[BatchSize];
        public readonly string?[] Fingerprints = new string?[BatchSize];
        public readonly ClassificationResult?[] Results = new ClassificationResult?[BatchSize];
        public int Size;
        public System.Runtime.ExceptionServices.ExceptionDispatchInfo? Failure;
    }
}
