using ShanghaiAi.Stats.Access;
using System.Collections.Concurrent;
using ShanghaiAi.Stats.Warehouse;
using static ShanghaiAi.Stats.Ingest.MonthlyColumns;
using System.Runtime.CompilerServices;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>Reads and validates the rows of form AI-1 in one tight pass over the parsed cells, handing the rows that pass
/// the hard edits on in batches (it streams: nothing of a row is kept once its batch is handed on).</summary>
internal static class MonthlyRowReader
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Read(IngestContext ctx, Dictionary<string, (int Id, DateOnly? RegisteredOn)> register, List<string> names,
        RowAuthority authority, MonthlyKeyLog keys, BlockingCollection<ReportBatch> full, BlockingCollection<ReportBatch> free, CancellationToken stop)
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
        var cents = new long[Count];
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
                p = PeriodCell.Index(rawPeriod);
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

            MonthlyRowChecks.ReadValues(ctx, src, row, values, cents, has);
            MonthlyRowChecks.CrossChecks(ctx, src, row, values, cents, has, registeredOn, p);

            if (uscc is null || p < 0 || log.HasHard(row))
            {
                continue;
            }

            // Columns Revenue ... Compute are the store's measures, in the same order.
            var o = batch.Size * ReportBatch.Measures;
            Array.Copy(cents, Revenue, batch.Cents, o, ReportBatch.Measures);
            Array.Copy(has, Revenue, batch.Has, o, ReportBatch.Measures);
            batch.Uscc[batch.Size] = uscc;
            batch.CodeId[batch.Size] = id;
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
