using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>Park reports (园区监测): percentages 0-100, PUE >= 1, counts whole and >= 0 are hard edits; a later
/// report of the same (park, period) is a revision that supersedes the earlier one.</summary>
internal static class ParkReportIngest
{
    private const int ParkCol = 0, PeriodCol = 1, Share = 3, Pue = 12, Ethics = 13;
    private static readonly int[] Integers = [4, 5, 6, 9, 10];

    private sealed record ParkRow(int Row, ParkReport Report);

    public static void Run(IngestContext ctx)
    {
        var log = ctx.Log;
        var authority = new RowAuthority(ctx.Permit);
        var fieldOf = log.Header.FieldOf;
        var rows = new List<ParkRow>();
        var first = new Dictionary<(string, int), int>();
        var groups = new Dictionary<(string, int), List<int>>();
        Span<char> buf = stackalloc char[32];
        using (var src = ctx.OpenRows())
        {
            while (src.Read())
            {
                ctx.CountRow(src);
                var row = src.RowNumber;
                var rawPark = src.Field(fieldOf[ParkCol]);
                var n = CellParser.NormaliseCode(rawPark, buf);
                string? park = null;
                if (n <= 0)
                {
                    log.Add(row, ParkCol, rawPark, "PARK-H13");
                }
                else if (n > 0 && ctx.Reference.ParksById.TryGetValue(buf[..n].ToString(), out var p))
                {
                    park = p.ParkId;
                    if (authority.ParkOutside(park) is { } outside)
                    {
                        log.Add(row, ParkCol, rawPark, outside, authority.Scope);
                    }
                }
                else
                {
                    log.Add(row, ParkCol, rawPark, "PARK-H01");
                }

                var rawPeriod = src.Field(fieldOf[PeriodCol]);
                var pi = PeriodCell.Index(rawPeriod);
                if (pi < 0)
                {
                    log.Add(row, PeriodCol, rawPeriod, CellParser.Trim(rawPeriod).IsEmpty ? "PARK-H13" : "PARK-H02");
                }
                else if (pi > ctx.CurrentMonth.Index)
                {
                    log.Add(row, PeriodCol, rawPeriod, "PARK-H03", ctx.CurrentMonth.ToString());
                    pi = -1;
                }
                else if (pi < 2020 * 12)
                {
                    log.Add(row, PeriodCol, rawPeriod, "PARK-H04");
                    pi = -1;
                }
                else if ((pi % 12) + 1 is not (3 or 6 or 9 or 12))
                {
                    log.Add(row, PeriodCol, rawPeriod, "PARK-S01");
                }

                if (park is not null && pi >= 0 && !first.TryAdd((park, pi), row))
                {
                    if (!groups.TryGetValue((park, pi), out var g))
                    {
                        g = [first[(park, pi)]];
                        groups[(park, pi)] = g;
                    }

                    g.Add(row);
                }

                var values = new decimal?[Ethics];
                for (var c = 2; c < Ethics; c++)
                {
                    var raw = src.Field(fieldOf[c]);
                    switch (NumberCell.Parse(raw, out var v))
                    {
                        case CellParse.Empty:
                            break;
                        case CellParse.Invalid:
                            log.Add(row, c, raw, "PARK-H05");
                            break;
                        default:
                            if (Math.Abs(v) >= 1_000_000_000_000_000m || (c == Pue && v >= 1000m))
                            {
                                log.Add(row, c, raw, "PARK-H05");
                            }
                            else if (c == Pue && v < 1m)
                            {
                                log.Add(row, c, raw, "PARK-H09");
                            }
                            else if (v < 0)
                            {
                                log.Add(row, c, raw, "PARK-H06");
                            }
                            else if (c == Share && v > 100m)
                            {
                                log.Add(row, c, raw, "PARK-H08");
                            }
                            else if (Integers.Contains(c) && (v != decimal.Truncate(v) || v > int.MaxValue))
                            {
                                log.Add(row, c, raw, "PARK-H07");
                            }
                            else
                            {
                                values[c] = Math.Round(v, c == Pue ? 3 : 2, MidpointRounding.AwayFromZero);
                            }

                            break;
                    }
                }

                var ethicsRaw = src.Field(fieldOf[Ethics]);
                bool? ethics = CellParser.Trim(ethicsRaw).ToString().ToLowerInvariant() switch
                {
                    "" => null,
                    "是" or "yes" or "y" or "true" or "1" or "有" => true,
                    "否" or "no" or "n" or "false" or "0" or "无" => false,
                    _ => Invalid(log, row, ethicsRaw),
                };

                if (park is not null && pi >= 0 && !log.HasHard(row))
                {
                    rows.Add(new ParkRow(row, new ParkReport(park, new DateOnly(pi / 12, (pi % 12) + 1, 1), values[2..], ethics)));
                }
            }
        }

        log.Duplicates(groups.Select(kv => (kv.Key.Item1 + " " + Period.FromIndex(kv.Key.Item2), kv.Value)), ParkCol, "PARK-H11");
        var dup = groups.Values.SelectMany(g => g).ToHashSet();
        Load(ctx, rows.Where(r => !dup.Contains(r.Row)).ToList());
    }

    private static bool? Invalid(ValidationLog log, int row, ReadOnlySpan<char> raw)
    {
        log.Add(row, Ethics, raw, "PARK-H10");
        return null;
    }

    /// <summary>Stores the rows (inside the caller's transaction); a row that revises a stored report is noted (PARK-I01).</summary>
    private static void Load(IngestContext ctx, List<ParkRow> rows)
    {
        var revisions = ParkReportStore.Add(ctx.Connection, rows.Select(r => r.Report).ToList(), ctx.UploadId, ctx.Now, FaultInjection.RowAppended);
        for (var i = 0; i < rows.Count; i++)
        {
            if (revisions[i] > 1)
            {
                ctx.Log.Add(rows[i].Row, -1, string.Empty, "PARK-I01", revisions[i]);
            }
        }
    }
}
