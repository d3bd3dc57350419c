using System.Globalization;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Close;

/// <summary>The indicator cells of every vintage in <c>indicator_cells</c>: appended once, read back in table order.</summary>
public static class IndicatorCellStore
{
    /// <summary>The cells of one vintage, in publication order (indicator, breakdown, member code).</summary>
    public static IReadOnlyList<IndicatorCell> Read(StatsWarehouse warehouse, string vintageId)
    {
        using var c = warehouse.OpenRead();
        return Read(c, vintageId);
    }

    /// <summary>Every vintage, oldest period first, then by sequence.</summary>
    public static IReadOnlyList<VintageInfo> Vintages(StatsWarehouse warehouse)
    {
        using var c = warehouse.OpenRead();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT vintage_id, strftime(period, '%Y-%m'), sequence, created_at, settings_json, summary_json FROM vintages ORDER BY period, sequence";
        using var r = cmd.ExecuteReader();
        var list = new List<VintageInfo>();
        while (r.Read())
        {
            list.Add(new VintageInfo(r.GetString(0), Period.Parse(r.GetString(1)), r.GetInt32(2), r.GetDateTime(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5)));
        }

        return list;
    }

    internal static IReadOnlyList<IndicatorCell> Read(DuckDBConnection c, string vintageId)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT vintage_id, strftime(period, '%Y-%m'), indicator_code, breakdown, breakdown_code, value, value_ytd,
                   value_ytd_prev, yoy_pct, unit, contributors, obs_status, conf_status
            FROM indicator_cells WHERE vintage_id = $1
            """;
        cmd.Parameters.Add(new DuckDBParameter(vintageId));
        using var r = cmd.ExecuteReader();
        var list = new List<IndicatorCell>();
        while (r.Read())
        {
            list.Add(new IndicatorCell(r.GetString(0), Period.Parse(r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4),
                Dec(r, 5), Dec(r, 6), Dec(r, 7), Dec(r, 8), r.GetString(9), r.GetInt32(10), r.GetString(11), r.GetString(12)));
        }

        return list.OrderBy(x => CellBuilder.IndicatorOrder(x.IndicatorCode))
            .ThenBy(x => CellBuilder.BreakdownOrder(x.Breakdown))
            .ThenBy(x => x.BreakdownCode, StringComparer.Ordinal)
            .ToList();
    }

    internal static void Append(DuckDBConnection c, IEnumerable<IndicatorCell> cells)
    {
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

    private static decimal? Dec(System.Data.Common.DbDataReader r, int i)
        => r.IsDBNull(i) ? null : Convert.ToDecimal(r.GetValue(i), CultureInfo.InvariantCulture);
}
