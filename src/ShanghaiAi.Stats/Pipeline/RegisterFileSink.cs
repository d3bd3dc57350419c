using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;

namespace ShanghaiAi.Stats.Pipeline;

/// <summary>The writing side of <see cref="RegisterFileClassification"/>: input order, repeated USCCs, counts, and the rejected-rows file.</summary>
internal sealed class RegisterFileSink(string rejectedPath) : IDisposable
{
    private const int KeptProblems = 100;

    private static readonly uint[] UsccValue = Enumerable.Range(0, 128)
        .Select(c => (uint)Math.Max(0, Uscc.Alphabet.IndexOf((char)c, StringComparison.Ordinal))).ToArray();

    private readonly Dictionary<UInt128, int> _firstRow = [];
    private readonly SortedDictionary<string, int> _byCategory = new(StringComparer.Ordinal);
    private readonly List<Issue> _problems = [];
    private StreamWriter? _rejects;
    private int _dataRows, _classified, _rejected, _duplicates, _inScope, _aiEnterprises, _review, _overridden;

    public FileClassificationSummary Summary(string file, IReadOnlyList<string> unknownColumns)
        => new(file, _dataRows, _classified, _rejected, _duplicates, _inScope, _aiEnterprises, _review, _overridden, _byCategory, _problems,
            _rejects is not null ? rejectedPath : null, unknownColumns);

    public void Drain(BlockingCollection<Task<ClassifiedBatch>> queue, StreamWriter output)
    {
        Exception? failure = null;
        foreach (var task in queue.GetConsumingEnumerable())
        {
            try
            {
                var b = task.GetAwaiter().GetResult();
                try
                {
                    if (failure is null)
                    {
                        Write(b.Buffer, b.Rows, output);
                    }
                }
                finally
                {
                    ArrayPool<char>.Shared.Return(b.Buffer);
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

    private void Write(char[] buffer, ClassifiedRow[] rows, StreamWriter output)
    {
        foreach (var o in rows)
        {
            _dataRows++;
            if (o.Result is not { } r)
            {
                _rejected++;
                Reject(o.Problem!);
            }
            else if (!_firstRow.TryAdd(Key(r.Uscc), o.Row))
            {
                _duplicates++;
                var first = _firstRow[Key(r.Uscc)];
                Reject(new Issue(o.Row, "uscc", null, r.Uscc, "REG-H10", RuleSeverity.Hard,
                    string.Create(CultureInfo.InvariantCulture, $"duplicate enterprise, first at row {first} (that row is classified)"),
                    string.Create(CultureInfo.InvariantCulture, $"同一企业重复出现，首次在第{first}行（按该行分类）")));
            }
            else
            {
                output.Write(buffer, o.Start, o.Length);
                _classified++;
                _inScope += r.InScope ? 1 : 0;
                _aiEnterprises += r.AiEnterprise ? 1 : 0;
                _review += r.Review ? 1 : 0;
                _overridden += o.Overridden ? 1 : 0;
                _byCategory[r.Category] = _byCategory.GetValueOrDefault(r.Category) + 1;
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

    private void Reject(Issue problem)
    {
        if (_problems.Count < KeptProblems)
        {
            _problems.Add(problem);
        }

        if (_rejects is null)
        {
            _rejects = new StreamWriter(rejectedPath, false, new UTF8Encoding(false));
            _rejects.Write("row,column,value,rule,problem\n");
        }

        _rejects.Write(CsvText.Line([problem.Row.ToString(CultureInfo.InvariantCulture), problem.Column, problem.Value, problem.RuleId, problem.MessageEn]));
        _rejects.Write('\n');
    }
}
