using System.Globalization;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Benchmarks;

/// <summary>The close benchmark's warehouse, generated set-based inside DuckDB.</summary>
internal static class CloseBenchmarkData
{
    /// <summary>An 18-character code like a real USCC (real codes are too long for DuckDB to keep inline in a string, which
    /// makes every join on them dearer than on short test codes).</summary>
    private const string Code = "('91310115' || lpad(CAST(i AS VARCHAR), 9, '0') || 'X')";

    /// <summary>Register, classifications and M months of reports, set-based inside DuckDB, one month per INSERT
    /// (so the table is clustered by period, as uploads arrive). About 3% non-response per month.</summary>
    public static void Generate(StatsWarehouse warehouse, int n, int months, Period last)
    {
        var reference = ReferenceData.Embedded;
        string List(IEnumerable<string> xs) => "[" + string.Join(", ", xs.Select(x => "'" + x + "'")) + "]";
        var districts = reference.ActiveDistricts.Select(d => d.Code).ToList();
        var parks = reference.Parks.Select(p => p.ParkId).ToList();
        var cats = reference.Level2ByPrecedence.Select(c => c.Code).ToList();
        warehouse.Write(c =>
        {
            Exec(c, string.Create(CultureInfo.InvariantCulture, $"""
                INSERT INTO register
                SELECT {Code}, '企业' || i,
                       {List(districts)}[1 + CAST(hash(i, 'd') % {districts.Count} AS BIGINT)],
                       CASE WHEN hash(i, 'p') % 10 < 4 THEN {List(parks)}[1 + CAST(hash(i, 'pp') % {parks.Count} AS BIGINT)] END,
                       '6511', '', '', DATE '2015-01-01', CASE WHEN hash(i, 's') % 3 = 0 THEN '规上' ELSE '规下' END,
                       'bench', NULL, TIMESTAMP '2025-01-01', NULL
                FROM range({n}) t(i)
                """));
            Exec(c, string.Create(CultureInfo.InvariantCulture, $"""
                INSERT INTO classifications
                SELECT uscc, '2025', category, substr(category, 1, 2), NULL, 'class', hash(uscc, 'ai') % 10 < 7, 0.9, FALSE, 'bench', TIMESTAMP '2025-01-01', NULL, NULL
                FROM (SELECT {Code} AS uscc,
                             CASE WHEN hash(i, 'c') % 10 = 0 THEN '00' ELSE {List(cats)}[1 + CAST(hash(i, 'cc') % {cats.Count} AS BIGINT)] END AS category
                      FROM range({n}) t(i))
                """));
            for (var m = 0; m < months; m++)
            {
                var p = last.AddMonths(m - months + 1);
                Exec(c, string.Create(CultureInfo.InvariantCulture, $"""
                    INSERT INTO reports
                    SELECT {Code}, DATE '{p.Year:D4}-{p.Month:D2}-01',
                           CAST(s * {p.Month} AS DECIMAL(18,2)), CAST(s * {p.Month} * 0.9 AS DECIMAL(18,2)),
                           CAST(s * {p.Month} * 0.5 AS DECIMAL(18,2)), CAST(s * {p.Month} * 0.45 AS DECIMAL(18,2)),
                           CAST(s * {p.Month} * 0.25 AS DECIMAL(18,2)), CAST(s * {p.Month} * 0.15 AS DECIMAL(18,2)), CAST(s * {p.Month} * 0.10 AS DECIMAL(18,2)),
                           CAST(s * {p.Month} * (CAST(hash(i, 'pr') % 7 AS INTEGER) - 2) / 20.0 AS DECIMAL(18,2)), CAST(s * {p.Month} * 0.05 AS DECIMAL(18,2)),
                           CAST(s * {p.Month} * 0.05 AS DECIMAL(18,2)), CAST(s * {p.Month} * 0.045 AS DECIMAL(18,2)),
                           CAST(10 + i % 500 AS INTEGER), CAST(2 + i % 100 AS INTEGER), CAST({p.Month} * (i % 3) AS INTEGER), CAST(s * {p.Month} / 100 AS DECIMAL(18,2)),
                           'U-BENCH', CAST(i AS INTEGER), TIMESTAMP '{p.Year:D4}-{p.Month:D2}-20', 1, NULL
                    FROM (SELECT i, (1 + hash(i, 'scale') % 10000) / 10.0 * (1 + (hash(i, {m}) % 100) / 1000.0) AS s
                          FROM range({n}) t(i) WHERE hash(i, {m}, 'resp') % 100 < 97)
                    """));
            }
        });
    }

    private static void Exec(DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
