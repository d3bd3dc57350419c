using System.Globalization;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>
/// The tables <c>vintages</c> and <c>indicator_cells</c>: the only code that reads or writes them. A vintage is stored
/// once, with its cells, inside the close's write; its release is recorded by <see cref="MarkReleased"/> when its
/// files are complete. Cells come back in the order they were stored (the close stores them in publication order).
/// </summary>
public static class VintageStore
{
    private const string VintageColumns =
        "vintage_id, strftime(period, '%Y-%m'), sequence, created_at, settings_json, summary_json, released_at";

    private const string CellColumns = """
        vintage_id, strftime(period, '%Y-%m'), indicator_code, breakdown, breakdown_code, value, value_ytd,
        value_ytd_prev, yoy_pct, unit, contributors, obs_status, conf_status
        """;

    /// <summary>The sequence the next vintage of <paramref name="period"/> gets (1 for the first close).</summary>
    public static int NextSequence(DuckDBConnection c, Period period)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT coalesce(max(sequence), 0) FROM vintages WHERE period = $1";
        cmd.Parameters.Add(new DuckDBParameter(period.FirstDay.ToDateTime(TimeOnly.MinValue)));
        return 1 + Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Stores a new vintage (not yet released) and its cells, on the close's writer connection.</summary>
    public static void Add(DuckDBConnection c, VintageInfo vintage, IEnumerable<IndicatorCell> cells)
    {
        Guard.NotNull(vintage);
        Sql.Exec(c, "INSERT INTO vintages (vintage_id, period, sequence, created_at, settings_json, summary_json) VALUES ($1, $2, $3, $4, $5, $6)",
            vintage.VintageId, vintage.Period.FirstDay.ToDateTime(TimeOnly.MinValue), vintage.Sequence, vintage.CreatedAt,
            vintage.SettingsJson, vintage.SummaryJson);
        using var appender = c.CreateAppender("indicator_cells");
        foreach (var x in cells)
        {
            appender.CreateRow()
                .AppendValue(x.Vintage)
                .AppendValue(x.Period.FirstDay)
                .AppendValue(x.IndicatorCode)
                .AppendValue(x.Breakdown)
                .AppendValue(x.BreakdownCode)
                .AppendValue(x.Value)
                .AppendValue(x.ValueYtd)
                .AppendValue(x.ValueYtdPrev)
                .AppendValue(x.YoyPct)
                .AppendValue(x.Unit)
                .AppendValue(x.Contributors)
                .AppendValue(x.ObsStatus)
                .AppendValue(x.ConfStatus)
                .EndRow();
        }
    }

    /// <summary>Records that the files of a vintage are complete and in place.</summary>
    public static void MarkReleased(StatsWarehouse warehouse, string vintageId, DateTimeOffset at)
        => Guard.NotNull(warehouse).Write(c => Sql.Exec(c, "UPDATE vintages SET released_at = $1 WHERE vintage_id = $2", at.UtcDateTime, vintageId));

    /// <summary>Every vintage, oldest period first, then by sequence.</summary>
    public static IReadOnlyList<VintageInfo> All(StatsWarehouse warehouse)
        => Vintages(warehouse, $"SELECT {VintageColumns} FROM vintages ORDER BY period, sequence");

    /// <summary>One vintage, or null when the warehouse has none of that id.</summary>
    public static VintageInfo? Find(StatsWarehouse warehouse, string vintageId)
        => Vintages(warehouse, $"SELECT {VintageColumns} FROM vintages WHERE vintage_id = $1", vintageId).FirstOrDefault();

    /// <summary>One vintage; an error naming the warehouse and the vintages it holds when there is none of that id.</summary>
    public static VintageInfo Get(StatsWarehouse warehouse, string vintageId)
        => Find(warehouse, Guard.NotEmpty(vintageId)) ?? throw new StatsException(
            $"vintage '{vintageId}': not in the warehouse {warehouse.Path}; expected one of: {string.Join(", ", All(warehouse).Select(v => v.VintageId))}");

    /// <summary>The latest vintage (highest sequence) of a period, or null when the period was never closed.</summary>
    public static VintageInfo? Latest(StatsWarehouse warehouse, Period period)
        => Vintages(warehouse, $"SELECT {VintageColumns} FROM vintages WHERE period = $1 ORDER BY sequence DESC LIMIT 1",
            period.FirstDay.ToDateTime(TimeOnly.MinValue)).FirstOrDefault();

    /// <summary>The latest vintage of a period; an error naming the period when it was never closed.</summary>
    public static VintageInfo RequireLatest(StatsWarehouse warehouse, Period period)
        => Latest(warehouse, period) ?? throw new StatsException(
            $"{warehouse.Path}: no vintage of period {period} in the warehouse; close the period first");

    /// <summary>The first vintage (sequence 1, the first release) of a period, or null.</summary>
    public static VintageInfo? First(StatsWarehouse warehouse, Period period)
        => Vintages(warehouse, $"SELECT {VintageColumns} FROM vintages WHERE period = $1 ORDER BY sequence LIMIT 1",
            period.FirstDay.ToDateTime(TimeOnly.MinValue)).FirstOrDefault();

    /// <summary>The cells of one vintage, in the order stored (publication order).</summary>
    public static IReadOnlyList<IndicatorCell> Cells(StatsWarehouse warehouse, string vintageId)
        => Guard.NotNull(warehouse).Read(c => Cells(c, $"SELECT {CellColumns} FROM indicator_cells WHERE vintage_id = $1 ORDER BY rowid", vintageId));

    /// <summary>The cells of one vintage of one indicator and/or one breakdown (null: any), filtered in SQL, in the order
    /// stored.</summary>
    public static IReadOnlyList<IndicatorCell> Cells(StatsWarehouse warehouse, string vintageId, string? indicator, string? breakdown)
        => Guard.NotNull(warehouse).Read(c => Cells(c, $"""
            SELECT {CellColumns} FROM indicator_cells
            WHERE vintage_id = $1 AND ($2 = '' OR indicator_code = $2) AND ($3 = '' OR breakdown = $3) ORDER BY rowid
            """, vintageId, indicator ?? string.Empty, breakdown ?? string.Empty));

    /// <summary>
    /// The cells of the latest vintage of each period in [<paramref name="from"/>, <paramref name="before"/>), oldest
    /// period first: the earlier months of a trend.
    /// </summary>
    public static IReadOnlyList<IndicatorCell> LatestCellsBetween(StatsWarehouse warehouse, Period from, Period before)
        => Guard.NotNull(warehouse).Read(c => Cells(c, $"""
            SELECT {CellColumns} FROM indicator_cells
            WHERE vintage_id IN (SELECT arg_max(vintage_id, sequence) FROM vintages WHERE period >= $1 AND period < $2 GROUP BY period)
            ORDER BY period, rowid
            """, from.FirstDay.ToDateTime(TimeOnly.MinValue), before.FirstDay.ToDateTime(TimeOnly.MinValue)));

    /// <summary>
    /// The total cells (breakdown <c>total</c>) of the latest vintage of every period before <paramref name="before"/>,
    /// oldest period first: the earlier months of the trend charts, which plot every closed month.
    /// </summary>
    public static IReadOnlyList<IndicatorCell> LatestTotalsBefore(StatsWarehouse warehouse, Period before)
        => Guard.NotNull(warehouse).Read(c => Cells(c, $"""
            SELECT {CellColumns} FROM indicator_cells
            WHERE breakdown = 'total'
              AND vintage_id IN (SELECT arg_max(vintage_id, sequence) FROM vintages WHERE period < $1 GROUP BY period)
            ORDER BY period, rowid
            """, before.FirstDay.ToDateTime(TimeOnly.MinValue)));

    /// <summary>
    /// The cells of the latest vintage of <paramref name="period"/> for the given indicators, on the caller's connection
    /// (the close reads last month's cells inside its own write); empty when the period was never closed.
    /// </summary>
    public static IReadOnlyList<IndicatorCell> LatestCells(DuckDBConnection c, Period period, IReadOnlyCollection<string> indicators)
    {
        Guard.NotNull(indicators);
        return Cells(c, $"""
            SELECT {CellColumns} FROM indicator_cells
            WHERE vintage_id = (SELECT vintage_id FROM vintages WHERE period = $1 ORDER BY sequence DESC LIMIT 1)
              AND indicator_code IN ({string.Join(", ", indicators.Select(Sql.Quote))})
            ORDER BY rowid
            """, period.FirstDay.ToDateTime(TimeOnly.MinValue));
    }

    private static List<VintageInfo> Vintages(StatsWarehouse warehouse, string sql, params object[] parameters)
        => Guard.NotNull(warehouse).Read(c =>
        {
            using var cmd = Command(c, sql, parameters);
            using var r = cmd.ExecuteReader();
            var list = new List<VintageInfo>();
            while (r.Read())
            {
                list.Add(new VintageInfo(r.GetString(0), Period.Parse(r.GetString(1)), r.GetInt32(2), r.GetDateTime(3), r.GetString(4),
                    r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetDateTime(6)));
            }

            return list;
        });

    private static List<IndicatorCell> Cells(DuckDBConnection c, string sql, params object[] parameters)
    {
        using var cmd = Command(c, sql, parameters);
        using var r = cmd.ExecuteReader();
        var list = new List<IndicatorCell>();
        while (r.Read())
        {
            list.Add(new IndicatorCell(r.GetString(0), Period.Parse(r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4),
                Dec(r, 5), Dec(r, 6), Dec(r, 7), Dec(r, 8), r.GetString(9), r.GetInt32(10), r.GetString(11), r.GetString(12)));
        }

        return list;
    }

    private static DuckDBCommand Command(DuckDBConnection c, string sql, object[] parameters)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var p in parameters)
        {
            cmd.Parameters.Add(new DuckDBParameter(p));
        }

        return cmd;
    }

    private static decimal? Dec(System.Data.Common.DbDataReader r, int i)
        => r.IsDBNull(i) ? null : Convert.ToDecimal(r.GetValue(i), CultureInfo.InvariantCulture);
}
