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

    private static void Parse(IngestContext ctx, Dictionary<string, DateOnly?> register, HashSet<string>? members,
        Dictionary<(string, int), List<int>> groups, BlockingCollection<RowBatch> full, BlockingCollection<RowBatch> free, CancellationToken stop)
    {
        var log = ctx.Log;
        var lookup = register.GetAlternateLookup<ReadOnlySpan<char>>();
        var current = ctx.CurrentMonth.Index;
        var keys = new Dictionary<(string, int), int>(Math.Min(ctx.Options.MaxRows, ctx.File.EstimatedRows));
        var fieldOf = log.Header.FieldOf;
        var values = new decimal[Count];
        var has = new bool[Count];
        Span<char> code = stackalloc char[20];
        var batch = free.Take(stop);
        using var src = ctx.File.OpenData();
        while (src.Read())
        {
            ctx.CountRow(src);
            var row = src.RowNumber;

            // uscc: normalised, check character, in the register.
            var rawUscc = src.Field(fieldOf[Uscc]);
            string? uscc = null;
            DateOnly? registeredOn = null;
            var n = CellParser.NormaliseCode(rawUscc, code);
            if (n <= 0)
            {
                log.Add(row, Uscc, rawUscc, "AI1-H01", "an 18-character code");
            }
            else if (n != 18 || !CellParser.UsccValid(code[..18]))
            {
                var problem = UsccProblem(code[..n].ToString());
                log.Add(row, Uscc, rawUscc, "AI1-H01", problem);
            }
            else if (lookup.TryGetValue(code[..18], out var known, out var registered))
            {
                uscc = known;
                registeredOn = registered;
                if (members is not null && !members.Contains(known))
                {
                    log.Add(row, Uscc, rawUscc, "AI1-H16", ctx.Request.Actor);
                }
            }
            else
            {
                uscc = code[..18].ToString();
                log.Add(row, Uscc, rawUscc, "AI1-H02");
            }

            // period
            var rawPeriod = src.Field(fieldOf[PeriodCol]);
            var p = CellParser.PeriodIndex(rawPeriod);
            if (p < 0)
            {
                log.Add(row, PeriodCol, rawPeriod, CellParser.Trim(rawPeriod).IsEmpty ? "AI1-H06" : "AI1-H03");
            }
            else if (p > current)
            {
                log.Add(row, PeriodCol, rawPeriod, "AI1-H04", ctx.CurrentMonth.ToString());
                p = -1;
            }
            else if (p < MinPeriod)
            {
                log.Add(row, PeriodCol, rawPeriod, "AI1-H05");
                p = -1;
            }

            if (uscc is not null && p >= 0)
            {
                var key = (uscc, p);
                if (!keys.TryAdd(key, row))
                {
                    if (!groups.TryGetValue(key, out var g))
                    {
                        g = [keys[key]];
                        groups[key] = g;
                    }

                    g.Add(row);
                }
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
