using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace ShanghaiAi.Stats.Close;

/// <summary>
/// Aggregates <c>close_panel</c> for every indicator and every breakdown in one DuckDB query
/// (GROUP BY GROUPING SETS over the panel in long form) and reads the cells with a DataReader.
/// </summary>
internal static class CellAggregator
{
    /// <summary>The grouping sets: breakdown name, member column, parent column. category precedes category_l1:
    /// its set groups by both, and the CASE that names the breakdown tests the finer column first.</summary>
    private static readonly (string Breakdown, string Column, string? Parent)[] Sets =
    [
        ("district", "district_code", null),
        ("category", "category", "category_l1"),
        ("category_l1", "category_l1", null),
        ("park", "park_id", null),
        ("size_class", "size_class", null),
        ("ai_enterprise", "ai_enterprise", null),
    ];

    public static string Query()
    {
        var longForm = string.Join("\nUNION ALL\n", CloseIndicator.Reported.Select(i => string.Create(CultureInfo.InvariantCulture,
            $"SELECT '{i.Code}' AS ind, district_code, category_l1, category, park_id, size_class, ai_enterprise, status, gap, {i.Code}_v AS v, {i.Code}_y AS y, {i.Code}_p AS p FROM close_panel")));
        var breakdown = new StringBuilder("CASE");
        var code = new StringBuilder("CASE");
        foreach (var (b, col, _) in Sets)
        {
            breakdown.Append(CultureInfo.InvariantCulture, $" WHEN grouping({col}) = 0 THEN '{b}'");
            code.Append(CultureInfo.InvariantCulture, $" WHEN grouping({col}) = 0 THEN {col}");
        }

        breakdown.Append(" ELSE 'total' END");
        code.Append(" ELSE '_T' END");
        var sets = string.Join(", ", Sets.Select(s => s.Parent is null ? $"(ind, {s.Column})" : $"(ind, {s.Parent}, {s.Column})"));
        return string.Create(CultureInfo.InvariantCulture, $"""
            WITH l AS (
            {longForm}
            )
            SELECT ind, {breakdown} AS breakdown, {code} AS code,
                   CASE WHEN grouping(category) = 0 THEN category_l1 END AS parent,
                   sum(v) AS value, sum(y) AS ytd, sum(p) AS ytd_prev,
                   count(y) AS contributors, count(*) AS in_scope, count(*) FILTER (WHERE status = 'R') AS reported,
                   coalesce(sum(abs(y)), 0) AS sum_abs,
                   coalesce(max(abs(y)), 0) AS top1,
                   coalesce(list_extract(max(abs(y), 2), 2), 0) AS top2,
                   coalesce(sum(y) FILTER (WHERE status = 'I'), 0) AS imputed_ytd,
                   coalesce(bool_or(y IS NOT NULL AND (status = 'I' OR gap)), FALSE) AS estimated
            FROM l
            GROUP BY GROUPING SETS ((ind), {sets})
            """);
    }

    public static List<AggregateRow> Run(DuckDBConnection c)
    {
        var rows = new List<AggregateRow>();
        using var cmd = c.CreateCommand();
        cmd.CommandText = Query();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(new AggregateRow(
                r.GetString(0),
                r.GetString(1),
                r.IsDBNull(2) ? null : r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3),
                Dec(r, 4),
                Dec(r, 5),
                Dec(r, 6),
                Convert.ToInt32(r.GetValue(7), CultureInfo.InvariantCulture),
                Convert.ToInt32(r.GetValue(8), CultureInfo.InvariantCulture),
                Convert.ToInt32(r.GetValue(9), CultureInfo.InvariantCulture),
                Dec(r, 10) ?? 0m,
                Dec(r, 11) ?? 0m,
                Dec(r, 12) ?? 0m,
                Dec(r, 13) ?? 0m,
                r.GetBoolean(14)));
        }

        return rows;
    }

    private static decimal? Dec(System.Data.Common.DbDataReader r, int i)
        => r.IsDBNull(i) ? null : Convert.ToDecimal(r.GetValue(i), CultureInfo.InvariantCulture);
}
