using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>
/// The table <c>park_scores</c> (migration 0005): one row per park per vintage and method version, for score trends.
/// The only code that reads or writes it. Saving a vintage's scores again replaces them.
/// </summary>
public static class ParkScoreStore
{
    public static void Save(StatsWarehouse warehouse, string vintageId, IReadOnlyList<StoredParkScore> rows, DateTimeOffset now)
    {
        Guard.NotNull(warehouse);
        Guard.NotNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        warehouse.Write(c =>
        {
            using (var del = c.CreateCommand())
            {
                del.CommandText = "DELETE FROM park_scores WHERE vintage_id = $vintage AND method_version = $method";
                del.Parameters.Add(new DuckDBParameter("vintage", vintageId));
                del.Parameters.Add(new DuckDBParameter("method", rows[0].MethodVersion));
                del.ExecuteNonQuery();
            }

            using var appender = c.CreateAppender("park_scores");
            foreach (var r in rows)
            {
                var row = appender.CreateRow();
                row.AppendValue(vintageId).AppendValue(r.Period.FirstDay).AppendValue(r.ParkId);
                if (r.Score is { } s)
                {
                    row.AppendValue(s);
                }
                else
                {
                    row.AppendNullValue();
                }

                AppendInt(row, r.Rank);
                AppendInt(row, r.RankP05);
                AppendInt(row, r.RankP95);
                if (r.RankMedian is { } m)
                {
                    row.AppendValue(m);
                }
                else
                {
                    row.AppendNullValue();
                }

                row.AppendValue(JsonSerializer.Serialize(r.Dimensions)).AppendValue(r.MethodVersion)
                    .AppendValue(string.Join(';', r.Flags)).AppendValue(now.UtcDateTime).EndRow();
            }
        });
    }

    private static void AppendInt(IDuckDBAppenderRow row, int? v)
    {
        if (v is { } i)
        {
            row.AppendValue(i);
        }
        else
        {
            row.AppendNullValue();
        }
    }

    /// <summary>The scores stored with a vintage (every method version), by park; none for an unknown vintage.</summary>
    public static IReadOnlyList<StoredParkScore> ForVintage(StatsWarehouse warehouse, string vintageId)
    {
        var rows = new List<StoredParkScore>();
        using var c = Guard.NotNull(warehouse).OpenRead();
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT park_id, period, score, rank, rank_p05, rank_p95, rank_median, dimensions_json, method_version, flags
            FROM park_scores
            WHERE vintage_id = $vintage
            ORDER BY park_id, method_version
            """;
        cmd.Parameters.Add(new DuckDBParameter("vintage", vintageId));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var d = r.GetDateTime(1);
            rows.Add(new StoredParkScore(r.GetString(0), new Period(d.Year, d.Month),
                r.IsDBNull(2) ? null : r.GetDouble(2), r.IsDBNull(3) ? null : r.GetInt32(3), r.IsDBNull(4) ? null : r.GetInt32(4),
                r.IsDBNull(5) ? null : r.GetInt32(5), r.IsDBNull(6) ? null : r.GetDouble(6),
                JsonSerializer.Deserialize<Dictionary<string, double>>(r.GetString(7)) ?? [],
                r.GetString(8), r.GetString(9).Split(';', StringSplitOptions.RemoveEmptyEntries)));
        }

        return rows;
    }

    /// <summary>
    /// Scores of the earlier periods in the trend window (latest computation per period, same method version),
    /// followed by the current rows.
    /// </summary>
    public static IReadOnlyList<ParkTrendPoint> Trend(StatsWarehouse warehouse, string methodVersion, Period period, int periods,
        IEnumerable<ParkTrendPoint> current)
    {
        var points = new List<ParkTrendPoint>();
        using (var c = Guard.NotNull(warehouse).OpenRead())
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
                SELECT period, park_id, score, rank FROM (
                    SELECT *, row_number() OVER (PARTITION BY period, park_id ORDER BY computed_at DESC, vintage_id DESC) AS rn
                    FROM park_scores
                    WHERE method_version = $method AND period < DATE '{period.FirstDay:yyyy-MM-dd}'
                      AND period >= DATE '{period.AddMonths(1 - Math.Max(periods, 1)).FirstDay:yyyy-MM-dd}')
                WHERE rn = 1
                ORDER BY park_id, period
                """);
            cmd.Parameters.Add(new DuckDBParameter("method", methodVersion));
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var d = r.GetDateTime(0);
                points.Add(new ParkTrendPoint(r.GetString(1), new Period(d.Year, d.Month),
                    r.IsDBNull(2) ? null : r.GetDouble(2), r.IsDBNull(3) ? null : r.GetInt32(3)));
            }
        }

        points.AddRange(current);
        return points.OrderBy(p => p.ParkId, StringComparer.Ordinal).ThenBy(p => p.Period).ToList();
    }
}
