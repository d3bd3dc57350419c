using System.Globalization;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.ParkIndex;

/// <summary>
/// A real DuckDB warehouse in a temp folder with park reports, park indicator cells of a close, the register and
/// classifications, inserted with SQL (the close is built elsewhere). Parks SHAIP01-05 have data; SHAIP06 has only a
/// report older than 3 months; the others nothing.
/// </summary>
internal sealed class ParkIndexWarehouseData : IDisposable
{
    public ParkIndexWarehouseData()
    {
        Dir = Path.Combine(Path.GetTempPath(), "parkindex-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
        Warehouse = StatsWarehouse.Open(Path.Combine(Dir, "w.duckdb"));
        Exec(Setup());
    }

    public string Dir { get; }

    public StatsWarehouse Warehouse { get; }

    public string OutDir => Path.Combine(Dir, "out");

    /// <summary>Compute capacity reported by park n (1-5) for 2026-09.</summary>
    public static double Compute(int n) => 100 * n;

    public static double Revenue(int n) => 10000 * n;

    public static double RdExpense(int n) => 500 * n * n;

    public static int Enterprises(int n) => 10 + n;

    public static int Patents(int n) => 3 * n * n;

    public void Exec(string sql)
    {
        Warehouse.Write(c =>
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            cmd.ExecuteNonQuery();
        });
    }

    public T Scalar<T>(string sql) => Warehouse.Scalar<T>(sql)!;

    /// <summary>Adds a vintage for another period with the same cells as 2026-09.v2 (for trend tests).</summary>
    public void AddVintage(string vintage, string period)
        => Exec(string.Create(CultureInfo.InvariantCulture, $"""
            INSERT INTO vintages (vintage_id, period, sequence, created_at, settings_json, summary_json) VALUES ('{vintage}', DATE '{period}-01', 1, TIMESTAMP '2026-11-01 00:00:00', '{"{}"}', NULL);
            INSERT INTO indicator_cells SELECT '{vintage}', DATE '{period}-01', indicator_code, breakdown, breakdown_code,
                value * 1.1, value_ytd * 1.1, value_ytd_prev, yoy_pct, unit, contributors, obs_status, conf_status
              FROM indicator_cells WHERE vintage_id = '2026-09.v2';
            """));

    private static string Setup()
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("""
            INSERT INTO vintages (vintage_id, period, sequence, created_at, settings_json, summary_json) VALUES ('2026-09.v1', DATE '2026-09-01', 1, TIMESTAMP '2026-10-05 00:00:00', '{}', NULL),
                                        ('2026-09.v2', DATE '2026-09-01', 2, TIMESTAMP '2026-10-20 00:00:00', '{}', NULL);
            """);
        for (var n = 1; n <= 5; n++)
        {
            var park = string.Create(CultureInfo.InvariantCulture, $"SHAIP0{n}");
            var period = n == 5 ? "2026-07-01" : "2026-09-01";
            sb.AppendLine(Inv($"""
                INSERT INTO park_reports VALUES ('{park}', DATE '{period}', {Compute(n)}, {10 * n}, {5 * n}, {2 * n}, {n}, {1000 * n},
                  {2000 + (100 * n)}, {50 * n}, {20 * n}, {10 * n}, {1.1 + (0.05 * n)}, {(n % 2 == 1 ? "true" : "false")}, 'U1', TIMESTAMP '2026-10-01 00:00:00', 2, NULL);
                """));
            foreach (var (code, value, ytd, yoy, unit) in new (string, double?, double?, double?, string)[]
                     {
                         ("enterprises_in_scope", Enterprises(n), null, null, "个"),
                         ("ai_revenue", 1000 * n, 8000 * n, 5 * n, "千元"),
                         ("revenue", 1500 * n, Revenue(n), 3, "千元"),
                         ("rd_expense", 60 * n, RdExpense(n), 2, "千元"),
                         ("ai_patents", n, Patents(n), null, "件"),
                         ("rd_staff", 20 * n, null, null, "人"),
                         ("employees", 100 + (10 * n), null, null, "人"),
                     })
            {
                var conf = n == 3 && code == "rd_expense" ? "A" : "F";
                sb.AppendLine(Inv($"""
                    INSERT INTO indicator_cells VALUES ('2026-09.v2', DATE '2026-09-01', '{code}', 'park', '{park}', {Sql(value)}, {Sql(ytd)},
                      NULL, {Sql(yoy)}, '{unit}', 5, 'A', '{conf}');
                    INSERT INTO indicator_cells VALUES ('2026-09.v1', DATE '2026-09-01', '{code}', 'park', '{park}', 1, 1, NULL, 1, '{unit}', 5, 'A', 'F');
                    """));
            }
        }

        // SHAIP01: an older report (2026-06) and a superseded revision of 2026-09 that must both be ignored.
        sb.AppendLine("""
            INSERT INTO park_reports VALUES ('SHAIP01', DATE '2026-06-01', 9999, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.9, false, 'U0', TIMESTAMP '2026-07-01 00:00:00', 1, NULL);
            INSERT INTO park_reports VALUES ('SHAIP01', DATE '2026-09-01', 7777, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.9, false, 'U0', TIMESTAMP '2026-09-20 00:00:00', 1, TIMESTAMP '2026-10-01 00:00:00');
            INSERT INTO park_reports VALUES ('SHAIP06', DATE '2026-06-01', 50, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.3, true, 'U0', TIMESTAMP '2026-07-01 00:00:00', 1, NULL);
            """);

        // Register and classifications of SHAIP01: three AI enterprises (two 规上), one non-AI 规上, one superseded row.
        sb.AppendLine("""
            INSERT INTO register (uscc, name, park_id, size_class, source, valid_from, valid_to) VALUES
              ('E1', 'a', 'SHAIP01', '规上', 'demo', TIMESTAMP '2026-01-01 00:00:00', NULL),
              ('E2', 'b', 'SHAIP01', '规上', 'demo', TIMESTAMP '2026-01-01 00:00:00', NULL),
              ('E3', 'c', 'SHAIP01', '规下', 'demo', TIMESTAMP '2026-01-01 00:00:00', NULL),
              ('E3', 'c', 'SHAIP01', '规上', 'demo', TIMESTAMP '2025-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
              ('E4', 'd', 'SHAIP01', '规上', 'demo', TIMESTAMP '2026-01-01 00:00:00', NULL),
              ('E5', 'e', 'SHAIP02', '规下', 'demo', TIMESTAMP '2026-01-01 00:00:00', NULL);
            INSERT INTO classifications (uscc, edition, category, category_l1, scope_basis, ai_enterprise, confidence, review, evidence, classified_at, valid_to) VALUES
              ('E1', '2025', '0101', '01', 'class', true, 1, false, '', TIMESTAMP '2026-01-01 00:00:00', NULL),
              ('E2', '2025', '0101', '01', 'class', true, 1, false, '', TIMESTAMP '2026-01-01 00:00:00', NULL),
              ('E3', '2025', '0201', '02', 'class', true, 1, false, '', TIMESTAMP '2026-01-01 00:00:00', NULL),
              ('E4', '2025', '00', '00', 'none', false, 1, false, '', TIMESTAMP '2026-01-01 00:00:00', NULL),
              ('E5', '2025', '0101', '01', 'class', true, 1, false, '', TIMESTAMP '2026-01-01 00:00:00', NULL);
            """);
        return sb.ToString();
    }

    private static string Sql(double? v) => v is { } x ? x.ToString(CultureInfo.InvariantCulture) : "NULL";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
