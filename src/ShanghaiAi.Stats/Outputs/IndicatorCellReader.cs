using System.Globalization;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// Reads indicator cells from the warehouse's <c>indicator_cells</c> table (0001_core.sql: period DATE, values
/// DECIMAL). The close writes the table; outputs only read it, on their own connection.
/// </summary>
public static class IndicatorCellReader
{
    private const string Columns = """
        vintage_id, strftime(period, '%Y-%m') AS period, indicator_code, breakdown, breakdown_code, value, value_ytd,
        value_ytd_prev, yoy_pct, unit, contributors, obs_status, conf_status
        """;

    /// <summary>Every cell of one vintage, in the order the close wrote them.</summary>
    public static IReadOnlyList<IndicatorCell> ReadVintage(DuckDBConnection connection, string vintage)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return Query(connection, $"SELECT {Columns} FROM indicator_cells WHERE vintage_id = $vintage ORDER BY rowid",
            new DuckDBParameter("vintage", vintage));
    }

    /// <summary>The vintage of a period to export: the highest sequence in <c>vintages</c>, else the highest ".vN".</summary>
    public static string? LatestVintage(DuckDBConnection connection, Period period)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT c.vintage_id, max(v.sequence) AS sequence
            FROM indicator_cells c LEFT JOIN vintages v ON v.vintage_id = c.vintage_id
            WHERE c.period = $period
            GROUP BY c.vintage_id
            """;
        cmd.Parameters.Add(new DuckDBParameter("period", period.FirstDay));
        using var reader = cmd.ExecuteReader();
        var found = new List<(string Id, int? Seq)>();
        while (reader.Read())
        {
            found.Add((reader.GetString(0), reader.IsDBNull(1) ? null : Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture)));
        }

        return found.Count == 0
            ? null
            : found.Aggregate((a, b) => (a.Seq ?? int.MinValue) != (b.Seq ?? int.MinValue)
                ? ((a.Seq ?? int.MinValue) > (b.Seq ?? int.MinValue) ? a : b)
                : CellSelection.CompareVintages(a.Id, b.Id) >= 0 ? a : b).Id;
    }

    /// <summary>Total rows of all periods before <paramref name="period"/> (every vintage), for trend charts.</summary>
    public static IReadOnlyList<IndicatorCell> ReadTotalsBefore(DuckDBConnection connection, Period period)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return Query(connection, $"SELECT {Columns} FROM indicator_cells WHERE breakdown = 'total' AND period < $period ORDER BY period, rowid",
            new DuckDBParameter("period", period.FirstDay));
    }

    private static List<IndicatorCell> Query(DuckDBConnection connection, string sql, params DuckDBParameter[] parameters)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var p in parameters)
        {
            cmd.Parameters.Add(p);
        }

        using var r = cmd.ExecuteReader();
        var list = new List<IndicatorCell>();
        while (r.Read())
        {
            decimal? D(int i) => r.IsDBNull(i) ? null : r.GetDecimal(i);
            list.Add(new IndicatorCell(r.GetString(0), Period.Parse(r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4),
                D(5), D(6), D(7), D(8), r.GetString(9), r.GetInt32(10), r.GetString(11), r.GetString(12)));
        }

        return list;
    }
}
