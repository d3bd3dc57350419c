using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Common;
using System.Collections.Concurrent;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>The reading and validating stage of form AI-1: one tight pass over the parsed cells.</summary>
internal static partial class MonthlyReportIngest
{
    /// <summary>Rows that passed the hard edits, handed from the validating thread to the appending one.</summary>
    private sealed class RowBatch(int capacity)
    {
        public string[] Uscc { get; } = new string[capacity];

        public int[] Period { get; } = new int[capacity];

        public int[] Row { get; } = new int[capacity];

        public decimal[] Values { get; } = new decimal[capacity * Count];

        public bool[] Has { get; } = new bool[capacity * Count];

        public int Size { get; set; }

        public bool Full => Size == Uscc.Length;
    }

    /// <summary>The (enterprise id, period) key of every row with a usable key, sorted afterwards to find duplicates
    /// (far cheaper than a hash table of a million keys).</summary>
    private sealed class KeyLog(int capacity)
    {
        private long[] _keys = new long[Math.Max(16, capacity)];
        private int[] _rows = new int[Math.Max(16, capacity)];
        private int _count;

        public void Add(int id, int period, int row)
        {
            if (_count == _keys.Length)
            {
                Array.Resize(ref _keys, _count * 2);
                Array.Resize(ref _rows, _count * 2);
            }

            _keys[_count] = ((long)id << 16) | (uint)period;
            _rows[_count++] = row;
        }

        public Dictionary<(string, int), List<int>> Duplicates(List<string> names)
        {
            var groups = new Dictionary<(string, int), List<int>>();
            Array.Sort(_keys, _rows, 0, _count);
            for (var i = 0; i < _count;)
            {
                var j = i + 1;
                while (j < _count && _keys[j] == _keys[i])
                {
                    j++;
                }

                if (j - i > 1)
                {
                    var rows = _rows[i..j];
                    Array.Sort(rows);
                    groups[(names[(int)(_keys[i] >> 16)], (int)(_keys[i] & 0xFFFF))] = [.. rows];
                }

                i = j;
            }

            return groups;
        }
    }

    private static void Parse(IngestContext ctx, Dictionary<string, (int Id, DateOnly? RegisteredOn)> register, List<string> names,
        RowAuthority authority, KeyLog keys, BlockingCollection<RowBatch> full, BlockingCollection<RowBatch> free, CancellationToken stop)
    {
        var log = ctx.Log;
        var lookup = register.GetAlternateLookup<ReadOnlySpan<char>>();
        var current = ctx.CurrentMonth.Index;
        var outside = new Dictionary<string, int>(StringComparer.Ordinal);
        var lastPeriod = new char[32];
        var lastPeriodLength = -1;
        var lastPeriodIndex = -1;
        var fieldOf = log.Header.FieldOf;
        var values = new decimal[Count];
        var has = new bool[Count];
        Span<char> code = stackalloc char[20];
        var batch = free.Take(stop);
        using var src = ctx.OpenRows();
        while (src.Read())
        {
            ctx.CountRow(src);
            var row = src.RowNumber;

            // uscc: normalised, check character, in the register.
            var rawUscc = src.Field(fieldOf[Uscc]);
            string? uscc = null;
            DateOnly? registeredOn = null;
            var id = -1;
            var n = CellParser.NormaliseCode(rawUscc, code);
            if (n <= 0)
            {
                log.Add(row, Uscc, rawUscc, "AI1-H01", UsccText.Missing);
            }
            else if (n != 18 || !Common.Uscc.IsValid(code[..18]))
            {
                var problem = UsccText.Problem(rawUscc, code[..n].ToString());
                log.Add(row, Uscc, rawUscc, "AI1-H01", problem);
            }
            else if (lookup.TryGetValue(code[..18], out var known, out var registered))
            {
                uscc = known;
                (id, registeredOn) = registered;
                if (authority.EnterpriseOutside(known) is { } authRule)
                {
                    log.Add(row, Uscc, rawUscc, authRule, authority.Scope);
                }
            }
            else
            {
                uscc = code[..18].ToString();
                log.Add(row, Uscc, rawUscc, "AI1-H02");
                if (authority.EnterpriseOutside(uscc) is { } authRule)
                {
                    log.Add(row, Uscc, rawUscc, authRule, authority.Scope);
                }

                if (!outside.TryGetValue(uscc, out id))
                {
                    id = names.Count;
                    names.Add(uscc);
                    outside[uscc] = id;
                }
            }

            // period
            var rawPeriod = src.Field(fieldOf[PeriodCol]);
            int p;
            if (lastPeriodLength >= 0 && rawPeriod.SequenceEqual(lastPeriod.AsSpan(0, lastPeriodLength)))
            {
                p = lastPeriodIndex;
            }
            else
            {
                p = CellParser.PeriodIndex(rawPeriod);
                if (rawPeriod.Length <= lastPeriod.Length)
                {
                    rawPeriod.CopyTo(lastPeriod);
                    lastPeriodLength = rawPeriod.Length;
                    lastPeriodIndex = p;
                }
            }

            if (p < 0)
            {
                log.Add(row, PeriodCol, rawPeriod, CellParser.Trim(rawPeriod).IsEmpty ? "AI1-H06" : "AI1-H03");
            }
            else if (p > current)
            {
                log.Add(row, PeriodCol, rawPeriod, "AI1-H04", ctx.CurrentMonth.ToString());
                p = -1;
            }
            else if (p == current)
            {
                // The month is not over: its year-to-date figures are not final yet.
                log.Add(row, PeriodCol, rawPeriod, "AI1-H17", ctx.CurrentMonth.ToString());
                p = -1;
            }
            else if (p < MinPeriod)
            {
                log.Add(row, PeriodCol, rawPeriod, "AI1-H05");
                p = -1;
            }

            if (uscc is not null && p >= 0)
            {
                keys.Add(id, p, row);
            }

            ReadValues(ctx, src, row, values, has);
            CrossChecks(ctx, src, row, values, has, registeredOn, p);

            if (uscc is null || p < 0 || log.HasHard(row))
            {
                continue;
            }

            var o = batch.Size * Count;
            Array.Copy(values, 0, batch.Values, o, Count);
            Array.Copy(has, 0, batch.Has, o, Count);
            batch.Uscc[batch.Size] = uscc;
            batch.Period[batch.Size] = p;
            batch.Row[batch.Size] = row;
            batch.Size++;
            if (batch.Full)
            {
                full.Add(batch, stop);
                batch = free.Take(stop);
            }
        }

        if (batch.Size > 0)
        {
            full.Add(batch, stop);
        }
    }
}
