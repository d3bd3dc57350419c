using System.Collections.Concurrent;
using System.Globalization;
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

    private const int BatchSize = 2048;

    /// <summary>
    /// Reads <paramref name="registerPath"/> (CSV, XLSX or JSON), classifies every readable row (honouring
    /// <paramref name="overrides"/> when given) and writes <paramref name="outPath"/>; rows that cannot be read or
    /// repeat a USCC go to <c>OUT.rejected.csv</c>.
    /// </summary>
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

        var totals = new Totals();
        var problems = new List<RowProblem>();
        StreamWriter? rejects = null;
        int dataRows = 0, rejected = 0, duplicates = 0;
        using (var output = new StreamWriter(outPath, false, new UTF8Encoding(false), 1 << 16))
        {
            output.Write(Header);
            output.Write('\n');
            using var queue = new BlockingCollection<Task<BatchResult>>(boundedCapacity: workers * 2);
            var writer = Task.Factory.StartNew(() =>
            {
                Exception? failure = null;
                foreach (var task in queue.GetConsumingEnumerable())
                {
                    try
                    {
                        var b = task.GetAwaiter().GetResult();
                        if (failure is null)
                        {
                            output.Write(b.Text);
                            totals.Add(b);
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
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            try
            {
                var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
                var batch = new List<RegisterEntry>(BatchSize);
                foreach (var rec in rows)
                {
                    dataRows++;
                    RowProblem? problem = null;
                    if (rec.Entry is null)
                    {
                        rejected++;
                        problem = new RowProblem(file, rec.Row, rec.Column!, rec.Value, rec.Problem!);
                    }
                    else if (firstRow.TryGetValue(rec.Entry.Uscc, out var first))
                    {
                        duplicates++;
                        problem = new RowProblem(file, rec.Row, "uscc", rec.Entry.Uscc, string.Create(CultureInfo.InvariantCulture, $"duplicate enterprise, first at row {first} (that row is classified)"));
                    }
                    else
                    {
                        firstRow[rec.Entry.Uscc] = rec.Row;
                        batch.Add(rec.Entry);
                        if (batch.Count == BatchSize)
                        {
                            var full = batch;
                            queue.Add(Task.Run(() => Classify(classifier, full, overrides)));
                            batch = new List<RegisterEntry>(BatchSize);
                        }
                    }

                    if (problem is not null)
                    {
                        if (problems.Count < 100)
                        {
                            problems.Add(problem);
                        }

                        rejects ??= OpenRejects(rejectedPath);
                        rejects.Write(CsvText.Line([problem.Row.ToString(CultureInfo.InvariantCulture), problem.Column, problem.Value, problem.Problem]));
                        rejects.Write('\n');
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
                rejects?.Dispose();
                writer.GetAwaiter().GetResult();
            }
        }

        return new FileClassificationSummary(dataRows, totals.Classified, rejected, duplicates, totals.InScope, totals.AiEnterprises,
            totals.Review, totals.Overridden, totals.ByCategory, problems, rejects is null ? null : rejectedPath, reader.UnknownColumns);
    }

    /// <summary>One line of the classify output (without the line break).</summary>
    public static string Line(ClassificationResult r)
    {
        var sb = new StringBuilder(256);
        AppendLine(sb, r);
        return sb.ToString(0, sb.Length - 1);
    }

    private static StreamWriter OpenRejects(string path)
    {
        var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.Write("row,column,value,problem\n");
        return w;
    }

    private static BatchResult Classify(Classifier classifier, List<RegisterEntry> batch, IReadOnlyDictionary<string, ClassificationOverride>? overrides)
    {
        var sb = new StringBuilder(batch.Count * 320);
        var result = new BatchResult();
        foreach (var entry in batch)
        {
            var r = classifier.Classify(entry);
            if (overrides is not null && overrides.TryGetValue(entry.Uscc, out var decision))
            {
                r = Classifier.ApplyOverride(r, decision, null);
                result.Overridden++;
            }

            AppendLine(sb, r);
            result.Count(r);
        }

        result.Text = sb.ToString();
        return result;
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
            .Append(r.Confidence.ToString("F2", CultureInfo.InvariantCulture)).Append(',').Append(r.Review ? 'Y' : 'N').Append(',')
            .Append(CsvText.Escape(r.Evidence)).Append('\n');
    }

    private sealed class BatchResult
    {
        public string Text { get; set; } = string.Empty;

        public Dictionary<string, int> ByCategory { get; } = new(StringComparer.Ordinal);

        public int Classified { get; private set; }

        public int InScope { get; private set; }

        public int AiEnterprises { get; private set; }

        public int Review { get; private set; }

        public int Overridden { get; set; }

        public void Count(ClassificationResult r)
        {
            Classified++;
            InScope += r.InScope ? 1 : 0;
            AiEnterprises += r.AiEnterprise ? 1 : 0;
            Review += r.Review ? 1 : 0;
            ByCategory[r.Category] = ByCategory.GetValueOrDefault(r.Category) + 1;
        }
    }

    private sealed class Totals
    {
        public SortedDictionary<string, int> ByCategory { get; } = new(StringComparer.Ordinal);

        public int Classified { get; private set; }

        public int InScope { get; private set; }

        public int AiEnterprises { get; private set; }

        public int Review { get; private set; }

        public int Overridden { get; private set; }

        public void Add(BatchResult b)
        {
            Classified += b.Classified;
            InScope += b.InScope;
            AiEnterprises += b.AiEnterprises;
            Review += b.Review;
            Overridden += b.Overridden;
            foreach (var (k, v) in b.ByCategory)
            {
                ByCategory[k] = ByCategory.GetValueOrDefault(k) + v;
            }
        }
    }
}
