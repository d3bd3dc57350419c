using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime;
using System.Text;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// Classifies a register file into the classify output CSV, streaming: one thread reads and validates rows into
/// batches, batches are classified in parallel (bounded: at most a few batches in flight), and one thread writes
/// them in input order. Memory stays flat whatever the file size.
/// </summary>
public static class RegisterFileClassification
{
    /// <summary>The output columns of <c>aistats classify</c>.</summary>
    public const string Header = "uscc,category,category_l1,secondary_categories,scope_basis,ai_enterprise,confidence,review,evidence";

    private const int BatchSize = 512;

    /// <summary>
    /// Reads <paramref name="registerPath"/> (CSV, XLSX, XLS or JSON), classifies every readable row (honouring
    /// <paramref name="overrides"/> when given) and writes <paramref name="outPath"/>; rows that cannot be read or
    /// repeat a USCC go to <c>OUT.rejected.csv</c>.
    /// </summary>
    /// <remarks>
    /// The reading thread only splits the file into rows; validation, classification and formatting run on
    /// <paramref name="workers"/> threads; the writing thread keeps input order, finds repeated USCCs and counts.
    /// For the duration of the run the process's GC latency mode is <see cref="System.Runtime.GCLatencyMode.Batch"/>
    /// (no background collections: about a third less CPU on a million rows); it is restored afterwards.
    /// </remarks>
    public static FileClassificationSummary Run(Classifier classifier, string registerPath, string outPath,
        IReadOnlyDictionary<string, ClassificationOverride>? overrides = null, int workers = 2)
    {
        Guard.NotNull(classifier);
        Guard.Positive(workers);
        var file = Path.GetFileName(registerPath);
        var (reader, rows) = RegisterFileReader.Open(registerPath);
        var rejectedPath = outPath + ".rejected.csv";
        if (File.Exists(rejectedPath))
        {
            File.Delete(rejectedPath);
        }

        var sink = new Sink(file, rejectedPath);
        var latency = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.Batch; // no background collections while millions of short-lived rows stream through
        using (var output = new StreamWriter(outPath, false, new UTF8Encoding(false), 1 << 16))
        {
            output.Write(Header);
            output.Write('\n');
            using var queue = new BlockingCollection<Task<Batch>>(boundedCapacity: workers * 4);
            var writer = Task.Factory.StartNew(() => sink.Drain(queue, output), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            try
            {
                var batch = new List<RawRegisterRow>(BatchSize);
                foreach (var raw in rows)
                {
                    batch.Add(raw);
                    if (batch.Count == BatchSize)
                    {
                        var full = batch;
                        queue.Add(Task.Run(() => Classify(classifier, full, overrides)));
                        batch = new List<RawRegisterRow>(BatchSize);
                    }
                }

                if (batch.Count > 0)
                {
                    var last = batch;
                    queue.Add(Task.Run(() => Classify(classifier, last, overrides)));
                }
            }
            finally
            {
                queue.CompleteAdding();
                writer.GetAwaiter().GetResult();
                sink.Dispose();
                GCSettings.LatencyMode = latency;
            }
        }

        return new FileClassificationSummary(sink.DataRows, sink.Classified, sink.Rejected, sink.Duplicates, sink.InScope, sink.AiEnterprises,
            sink.Review, sink.Overridden, sink.ByCategory, sink.Problems, sink.HasRejects ? rejectedPath : null, reader.UnknownColumns);
    }

    /// <summary>One line of the classify output (without the line break).</summary>
    public static string Line(ClassificationResult r)
    {
        var sb = new StringBuilder(256);
        AppendLine(sb, r);
        return sb.ToString(0, sb.Length - 1);
    }

    [ThreadStatic]
    private static StringBuilder? t_line;

    private static Batch Classify(Classifier classifier, List<RawRegisterRow> rows, IReadOnlyDictionary<string, ClassificationOverride>? overrides)
    {
        // the lines go into one pooled buffer per batch: no string per line, and no large array left to the collector
        var sb = t_line ??= new StringBuilder(512);
        var buffer = ArrayPool<char>.Shared.Rent(rows.Count * 400);
        var used = 0;
        var outcomes = new Outcome[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var rec = RegisterFileReader.ToRecord(rows[i]);
            if (rec.Entry is null)
            {
                outcomes[i] = new Outcome(rec, null, 0, 0, false);
                continue;
            }

            var r = classifier.Classify(rec.Entry);
            var overridden = false;
            if (overrides is not null && overrides.TryGetValue(rec.Entry.Uscc, out var decision))
            {
                r = Classifier.ApplyOverride(r, decision, null);
                overridden = true;
            }

            sb.Clear();
            AppendLine(sb, r);
            if (used + sb.Length > buffer.Length)
            {
                var bigger = ArrayPool<char>.Shared.Rent(Math.Max(buffer.Length * 2, used + sb.Length));
                buffer.AsSpan(0, used).CopyTo(bigger);
                ArrayPool<char>.Shared.Return(buffer);
                buffer = bigger;
            }

            sb.CopyTo(0, buffer.AsSpan(used), sb.Length);
            outcomes[i] = new Outcome(rec, r, used, sb.Length, overridden);
            used += sb.Length;
        }

        return new Batch(buffer, outcomes);
    }

    private static void AppendLine(StringBuilder sb, ClassificationResult r)
    {
        sb.Append(r.Uscc).Append(',').Append(r.Category).Append(',').Append(r.CategoryL1).Append(',');
        for (var i = 0; i < r.SecondaryCategories.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(';');
            }

            sb.Append(r.SecondaryCategories[i]);
        }

        sb.Append(',').Append(r.ScopeBasis).Append(',').Append(r.AiEnterprise ? 'Y' : 'N').Append(',')
            .Append(Confidence(r.Confidence)).Append(',').Append(r.Review ? 'Y' : 'N').Append(',')
            .Append(CsvText.Escape(r.Evidence)).Append('\n');
    }

    private sealed record Batch(char[] Buffer, Outcome[] Rows);

    private static readonly string[] Hundredths = Enumerable.Range(0, 101).Select(i => (i / 100.0).ToString("F2", CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Invariant, two decimals; the common values come from a table.</summary>
    private static string Confidence(double c)
    {
        var h = Math.Round(c * 100);
        return h is >= 0 and <= 100 && Math.Abs((c * 100) - h) < 1e-9 ? Hundredths[(int)h] : c.ToString("F2", CultureInfo.InvariantCulture);
    }

    private readonly record struct Outcome(RegisterRecord Record, ClassificationResult? Result, int Start, int Length, bool Overridden);

    /// <summary>The writing side: input order, repeated USCCs, counts, and the rejected-rows file.</summary>
    private sealed class Sink(string file, string rejectedPath) : IDisposable
    {
        private readonly Dictionary<UInt128, int> _firstRow = [];
        private StreamWriter? _rejects;

        public SortedDictionary<string, int> ByCategory { get; } = new(StringComparer.Ordinal);

        public List<RowProblem> Problems { get; } = [];

        public int DataRows { get; private set; }

        public int Classified { get; private set; }

        public int Rejected { get; private set; }

        public int Duplicates { get; private set; }

        public int InScope { get; private set; }

        public int AiEnterprises { get; private set; }

        public int Review { get; private set; }

        public int Overridden { get; private set; }

        public bool HasRejects => _rejects is not null;

        public void Drain(BlockingCollection<Task<Batch>> queue, StreamWriter output)
        {
            Exception? failure = null;
            foreach (var task in queue.GetConsumingEnumerable())
            {
                try
                {
                    var b = task.GetAwaiter().GetResult();
                    if (failure is null)
                    {
                        Write(b, output);
                    }
                }
                catch (Exception e)
                {
                    failure ??= e; // keep draining so the reader never blocks on a full queue
                }
            }

            if (failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }
        }

        public void Dispose() => _rejects?.Dispose();

        private void Write(Batch batch, StreamWriter output)
        {
            try
            {
                Write(batch.Buffer, batch.Rows, output);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(batch.Buffer);
            }
        }

        private void Write(char[] buffer, Outcome[] rows, StreamWriter output)
        {
            foreach (var o in rows)
            {
                DataRows++;
                var rec = o.Record;
                if (o.Result is not { } r)
                {
                    Rejected++;
                    Reject(new RowProblem(file, rec.Row, rec.Column!, rec.Value, rec.Problem!));
                }
                else if (!_firstRow.TryAdd(Key(r.Uscc), rec.Row))
                {
                    Duplicates++;
                    Reject(new RowProblem(file, rec.Row, "uscc", r.Uscc, string.Create(CultureInfo.InvariantCulture, $"duplicate enterprise, first at row {_firstRow[Key(r.Uscc)]} (that row is classified)")));
                }
                else
                {
                    output.Write(buffer, o.Start, o.Length);
                    Classified++;
                    InScope += r.InScope ? 1 : 0;
                    AiEnterprises += r.AiEnterprise ? 1 : 0;
                    Review += r.Review ? 1 : 0;
                    Overridden += o.Overridden ? 1 : 0;
                    ByCategory[r.Category] = ByCategory.GetValueOrDefault(r.Category) + 1;
                }
            }
        }

        /// <summary>A valid USCC packed into 90 bits (5 per character): a million of them hold no strings alive.</summary>
        private static UInt128 Key(string uscc)
        {
            UInt128 key = 0;
            foreach (var ch in uscc)
            {
                key = (key << 5) | UsccValue[ch & 0x7F];
            }

            return key;
        }

        private static readonly uint[] UsccValue = Enumerable.Range(0, 128)
            .Select(c => (uint)Math.Max(0, Common.Uscc.Alphabet.IndexOf((char)c, StringComparison.Ordinal))).ToArray();

        private void Reject(RowProblem problem)
        {
            if (Problems.Count < 100)
            {
                Problems.Add(problem);
            }

            if (_rejects is null)
            {
                _rejects = new StreamWriter(rejectedPath, false, new UTF8Encoding(false));
                _rejects.Write("row,column,value,problem\n");
            }

            _rejects.Write(CsvText.Line([problem.Row.ToString(CultureInfo.InvariantCulture), problem.Column, problem.Value, problem.Problem]));
            _rejects.Write('\n');
        }
    }
}
