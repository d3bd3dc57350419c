using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;

namespace ShanghaiAi.Stats.Pipeline;

/// <summary>
/// Classifies a register file into the classify output CSV (<c>aistats classify --register FILE --out FILE</c>). The
/// file is read by ingestion's readers (<see cref="UploadTableReader"/>: every encoding, XLSX, XLS, JSON, title rows,
/// two-row headers); only <c>uscc</c> and <c>name</c> are required. Streaming: one thread reads rows into batches,
/// batches are validated and classified in parallel (at most a few in flight), and one thread writes them in input order.
/// </summary>
public static class RegisterFileClassification
{
    private const int BatchSize = 512;

    private static readonly string[] Required = ["uscc", "name"];

    private static readonly int Columns = KindSchema.RegisterColumns.Length;

    /// <summary>
    /// Reads <paramref name="registerPath"/>, classifies every readable row (honouring <paramref name="overrides"/> when
    /// given) and writes <paramref name="outPath"/>; rows that cannot be read or repeat a USCC go to <c>OUT.rejected.csv</c>.
    /// </summary>
    public static FileClassificationSummary Run(Classifier classifier, string registerPath, string outPath,
        IReadOnlyDictionary<string, ClassificationOverride>? overrides = null, int workers = 2)
    {
        Guard.NotNull(classifier);
        Guard.Positive(workers);
        using var reader = UploadTableReader.Open(registerPath, IngestKinds.Register, Required);
        var rejectedPath = outPath + ".rejected.csv";
        if (File.Exists(rejectedPath))
        {
            File.Delete(rejectedPath);
        }

        using var sink = new RegisterFileSink(rejectedPath);
        using (var output = new StreamWriter(outPath, false, new UTF8Encoding(false), 1 << 16))
        {
            output.Write(ClassificationCsv.Header);
            output.Write('\n');
            using var queue = new BlockingCollection<Task<ClassifiedBatch>>(boundedCapacity: workers * 4);
            var writer = Task.Factory.StartNew(() => sink.Drain(queue, output), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            try
            {
                var batch = new List<RegisterFileRow>(BatchSize);
                while (reader.Read())
                {
                    var cells = new string?[Columns];
                    for (var c = 0; c < cells.Length; c++)
                    {
                        cells[c] = reader.Cell(c);
                    }

                    batch.Add(new RegisterFileRow(reader.RowNumber, cells));
                    if (batch.Count == BatchSize)
                    {
                        var full = batch;
                        queue.Add(Task.Run(() => Classify(classifier, full, overrides)));
                        batch = new List<RegisterFileRow>(BatchSize);
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
            }
        }

        return sink.Summary(reader.FileName, reader.UnknownColumns);
    }

    [ThreadStatic]
    private static StringBuilder? t_line;

    private static ClassifiedBatch Classify(Classifier classifier, List<RegisterFileRow> rows, IReadOnlyDictionary<string, ClassificationOverride>? overrides)
    {
        // the lines go into one pooled buffer per batch: no string per line, and no large array left to the collector
        var sb = t_line ??= new StringBuilder(512);
        var buffer = ArrayPool<char>.Shared.Rent(rows.Count * 400);
        var used = 0;
        var outcomes = new ClassifiedRow[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var (entry, problem) = row.ToEntry();
            if (entry is null)
            {
                outcomes[i] = new ClassifiedRow(row.Row, null, problem, 0, 0, false);
                continue;
            }

            var r = classifier.Classify(entry);
            var overridden = false;
            if (overrides is not null && overrides.TryGetValue(entry.Uscc, out var decision))
            {
                r = Classifier.ApplyOverride(r, decision, null);
                overridden = true;
            }

            sb.Clear();
            ClassificationCsv.Append(sb, r);
            if (used + sb.Length > buffer.Length)
            {
                var bigger = ArrayPool<char>.Shared.Rent(Math.Max(buffer.Length * 2, used + sb.Length));
                buffer.AsSpan(0, used).CopyTo(bigger);
                ArrayPool<char>.Shared.Return(buffer);
                buffer = bigger;
            }

            sb.CopyTo(0, buffer.AsSpan(used), sb.Length);
            outcomes[i] = new ClassifiedRow(row.Row, r, null, used, sb.Length, overridden);
            used += sb.Length;
        }

        return new ClassifiedBatch(buffer, outcomes);
    }
}

/// <summary>One batch of classified rows: their output lines in one pooled buffer.</summary>
internal sealed record ClassifiedBatch(char[] Buffer, ClassifiedRow[] Rows);

/// <summary>One data row after classification: its result and where its line sits in the batch's buffer, or why it could not be read.</summary>
internal readonly record struct ClassifiedRow(int Row, ClassificationResult? Result, Issue? Problem, int Start, int Length, bool Overridden);
