using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Close;

/// <summary>
/// Aggregates the panel (the temp table <see cref="ClosePanel.Table"/>, see <see cref="ClosePanel.MaterialiseSql"/>) for every indicator and every breakdown in one DuckDB query (GROUP BY GROUPING
/// SETS over the wide panel: one pass, all indicators side by side) and reads the cells with a DataReader.
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

    private const int PerIndicator = 7;

    /// <summary>
    /// The main pass: sums, counts, largest absolute contribution, imputed part, estimation flag. Every one of them
    /// composes, so the panel is first reduced to one row per combination of breakdown members and the seven
    /// grouping sets run over those rows instead of over every enterprise. The panel is read from its temp table
    /// (<see cref="ClosePanel.MaterialiseSql"/>).
    /// </summary>
    public static string Query(Period period, CloseSettings settings)
    {
        var keys = "district_code, category_l1, category, park_id, size_class, ai_enterprise";
        var pre = new StringBuilder();
        var outer = new StringBuilder();
        foreach (var i in CloseIndicator.Reported)
        {
            var x = i.Code;

            // Only profit may be negative (form rules): for the others the absolute sum is the sum itself.
            var negative = x == "profit";

            // Month value = YTD less the base, summed as sum(YTD) - sum(base) over the same enterprises (the base is
            // NULL where the YTD is): exact decimals, and no wider DECIMAL(19,2) difference per enterprise.
            var hasBase = ImputationPanel.HasBase(i, period, settings);
            pre.Append(CultureInfo.InvariantCulture, $"""
                ,
                {(hasBase ? $"sum({x}_b)" : "NULL")} AS {x}_b, sum({x}_y) AS {x}_y, sum({x}_p) AS {x}_p, count({x}_y) AS {x}_n,
                {(negative ? $"sum(abs({x}_y))" : "NULL")} AS {x}_a, max(abs({x}_y)) AS {x}_m,
                sum({x}_yi) AS {x}_i
                """);
            outer.Append(CultureInfo.InvariantCulture, $"""
                ,
                {(hasBase ? $"sum({x}_y) - sum({x}_b)" : $"sum({x}_y)")}, sum({x}_y), sum({x}_p), CAST(sum({x}_n) AS BIGINT),
                {(negative ? $"coalesce(sum({x}_a), 0)" : "NULL")}, coalesce(max({x}_m), 0), coalesce(sum({x}_i), 0)
                """);
        }

        var (breakdown, code, sets) = Grouping();
        return string.Create(CultureInfo.InvariantCulture, $"""
            WITH pre AS (
                SELECT {keys},
                       count(*) AS n, count(*) FILTER (WHERE is_r) AS nr, count(*) FILTER (WHERE is_i) AS ni,
                       count(*) FILTER (WHERE NOT is_r AND NOT is_i) AS nn, count(*) FILTER (WHERE prev_warning) AS nw,
                       bool_or(is_i OR gap) AS est{pre}
                FROM {ClosePanel.Table}
                GROUP BY {keys}
            )
            SELECT {breakdown} AS breakdown, {code} AS code,
                   CASE WHEN grouping(category) = 0 THEN category_l1 END AS parent,
                   CAST(sum(n) AS BIGINT), CAST(sum(nr) AS BIGINT), CAST(sum(ni) AS BIGINT), CAST(sum(nn) AS BIGINT),
                   CAST(sum(nw) AS BIGINT), coalesce(bool_or(est), FALSE){outer}
            FROM pre
            GROUP BY GROUPING SETS {sets}
            """);
    }

    private static (string Breakdown, string Code, string Sets) Grouping()
    {
        var breakdown = new StringBuilder("CASE");
        var code = new StringBuilder("CASE");
        foreach (var (b, col, _) in Sets)
        {
            breakdown.Append(CultureInfo.InvariantCulture, $" WHEN grouping({col}) = 0 THEN '{b}'");
            code.Append(CultureInfo.InvariantCulture, $" WHEN grouping({col}) = 0 THEN {col}");
        }

        breakdown.Append(" ELSE 'total' END");
        code.Append(" ELSE '_T' END");
        var sets = "((), " + string.Join(", ", Sets.Select(s => s.Parent is null ? $"({s.Column})" : $"({s.Parent}, {s.Column})")) + ")";
        return (breakdown.ToString(), code.ToString(), sets);
    }

    /// <summary>True when dominance depends on the second contribution: the largest alone does not exceed its
    /// threshold, yet the largest plus the most the second could be (min(top1, rest)) exceeds the two-share one.</summary>
    public static bool NeedsTop2(AggregateRow r, CloseSettings s)
        => r.Contributors >= s.MinContributors && r.SumAbs > 0m && r.Top1 <= s.DominanceOneShare * r.SumAbs
           && r.Top1 + Math.Min(r.Top1, r.SumAbs - r.Top1) > s.DominanceTwoShare * r.SumAbs;

    /// <summary>
    /// The second largest absolute contribution of every cell, for the given indicators only. A list aggregate is
    /// the costly part of a GROUPING SETS pass, so it runs only for indicators with a cell the largest contribution
    /// alone cannot settle (see <see cref="NeedsTop2"/>); at city scale there is usually none.
    /// </summary>
    public static string Top2Query(IEnumerable<string> indicators)
    {
        var (breakdown, code, sets) = Grouping();
        var aggregates = string.Concat(indicators.Select(x => $", coalesce(list_extract(max(abs({x}_y), 2), 2), 0)"));
        return string.Create(CultureInfo.InvariantCulture, $"""
            SELECT {breakdown} AS breakdown, {code} AS code,
                   CASE WHEN grouping(category) = 0 THEN category_l1 END AS parent{aggregates}
            FROM {ClosePanel.Table}
            GROUP BY GROUPING SETS {sets}
            """);
    }

    public static List<AggregateRow> Run(DuckDBConnection c, Period period, CloseSettings settings)
    {
        var rows = Main(c, period, settings);
        var needed = rows.Where(r => NeedsTop2(r, settings)).Select(r => r.Indicator).Distinct(StringComparer.Ordinal).ToList();
        if (needed.Count == 0)
        {
            return rows;
        }

        var top2 = new Dictionary<string, decimal>(StringComparer.Ordinal);
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = Top2Query(needed);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                for (var k = 0; k < needed.Count; k++)
                {
                    top2[CellBuilder.Key(needed[k], r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1))] = Dec(r, 3 + k) ?? 0m;
                }
            }
        }

        return rows.Select(r => top2.TryGetValue(CellBuilder.Key(r.Indicator, r.Breakdown, r.Code), out var t) ? r with { Top2 = t } : r).ToList();
    }

    private static List<AggregateRow> Main(DuckDBConnection c, Period period, CloseSettings settings)
    {
        var rows = new List<AggregateRow>();
        using var cmd = c.CreateCommand();
        cmd.CommandText = Query(period, settings);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var breakdown = r.GetString(0);
            var code = r.IsDBNull(1) ? null : r.GetString(1);
            var parent = r.IsDBNull(2) ? null : r.GetString(2);
            var inScope = Int(r, 3);
            var reported = Int(r, 4);
            var (imputed, missing, warnings, estimated) = (Int(r, 5), Int(r, 6), Int(r, 7), r.GetBoolean(8));
            for (var k = 0; k < CloseIndicator.Reported.Count; k++)
            {
                var o = 9 + (k * PerIndicator);
                rows.Add(new AggregateRow(CloseIndicator.Reported[k].Code, breakdown, code, parent,
                    Dec(r, o), Dec(r, o + 1), Dec(r, o + 2), Int(r, o + 3), inScope, reported, imputed, missing, warnings,
                    Dec(r, o + 4) ?? Math.Abs(Dec(r, o + 1) ?? 0m), Dec(r, o + 5) ?? 0m, 0m, Dec(r, o + 6) ?? 0m, estimated));
            }
        }

        return rows;
    }

    private static int Int(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? 0 : Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    private static decimal? Dec(System.Data.Common.DbDataReader r, int i)
        => r.IsDBNull(i) ? null : Convert.ToDecimal(r.GetValue(i), CultureInfo.InvariantCulture);
}
