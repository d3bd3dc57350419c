using System.Globalization;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Tests.Close.Support;

namespace ShanghaiAi.Stats.Tests.Close;

/// <summary>
/// A seeded random warehouse (300 enterprises x 14 months): every aggregate of the indicator table equals a
/// separate query written directly over the stored reports (current rows, current classifications and register).
/// Imputation is off here so that every figure is a plain function of stored reports.
/// </summary>
public sealed class PeriodCloserIndependentCheckTests : IDisposable
{
    private static readonly (string Breakdown, string Column)[] Breakdowns =
    [
        ("total", "'_T'"), ("district", "district_code"), ("category_l1", "category_l1"), ("category", "category"),
        ("park", "park_id"), ("size_class", "size_class"), ("ai_enterprise", "ai"),
    ];

    private static readonly (string Code, string Column, string? Prev, bool Stock)[] Indicators =
    [
        ("revenue", "revenue_ytd", "revenue_ytd_prev", false), ("ai_revenue", "ai_revenue_ytd", "ai_revenue_ytd_prev", false),
        ("ai_software", "ai_software_ytd", null, false), ("ai_services", "ai_services_ytd", null, false),
        ("ai_products", "ai_products_ytd", null, false), ("profit", "profit_ytd", "profit_ytd_prev", false),
        ("rd_expense", "rd_expense_ytd", "rd_expense_ytd_prev", false), ("employees", "employees_end", null, true),
        ("rd_staff", "rd_staff_end", null, true), ("ai_patents", "ai_patents_ytd", null, false), ("compute_used", "compute_used_ytd", null, false),
    ];

    private readonly CloseDb _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Close_RandomPanel_EveryCellEqualsIndependentQuery()
    {
        RandomPanel.Fill(_db, 300, new Period(2025, 8), new Period(2026, 9), seed: 20260923);

        var r = _db.Close("2026-09", CloseSettings.Default with { Impute = false });

        var checkedCells = 0;
        foreach (var (code, col, prev, stock) in Indicators)
        {
            foreach (var (breakdown, member) in Breakdowns)
            {
                var expected = Independent(col, prev, stock, member);
                var cells = r.Cells.Where(c => c.IndicatorCode == code && c.Breakdown == breakdown).ToList();
                cells.Should().NotBeEmpty();
                foreach (var cell in cells)
                {
                    if (!expected.TryGetValue(cell.BreakdownCode, out var e))
                    {
                        cell.Contributors.Should().Be(0, $"{code}/{breakdown}/{cell.BreakdownCode} has no reporter");
                        continue;
                    }

                    var because = $"{code} {breakdown} {cell.BreakdownCode}";
                    cell.ValueYtd.Should().Be(e.Ytd, because);
                    cell.Value.Should().Be(e.Month, because);
                    cell.ValueYtdPrev.Should().Be(e.Prev, because);
                    cell.Contributors.Should().Be(e.N, because);
                    cell.YoyPct.Should().Be(e.Prev is { } p && p != 0 && e.Ytd is { } y ? Math.Round(((y / p) - 1) * 100, 1, MidpointRounding.AwayFromZero) : null, because);
                    checkedCells++;
                }

                expected.Keys.Where(k => k != "").Should().BeSubsetOf(cells.Select(c => c.BreakdownCode), $"{code} {breakdown}: every member is published");
            }
        }

        checkedCells.Should().BeGreaterThan(500);
        var inScope = _db.ScalarDecimal("SELECT count(*) FROM classifications WHERE valid_to IS NULL AND category <> '00'");
        r.InScope.Should().Be((int)inScope);
        r.Cells.Cell("enterprises_in_scope").Value.Should().Be(inScope);
        r.Reported.Should().Be((int)_db.ScalarDecimal("""
            SELECT count(*) FROM reports r JOIN classifications c ON c.uscc = r.uscc AND c.valid_to IS NULL AND c.category <> '00'
            WHERE r.superseded_at IS NULL AND r.period = DATE '2026-09-01'
            """));
    }

    [Fact]
    public void Close_RandomPanelWithImputation_TotalIsRespondersPlusStoredImputations()
    {
        RandomPanel.Fill(_db, 300, new Period(2025, 8), new Period(2026, 9), seed: 7);

        var r = _db.Close("2026-09");

        var responders = Independent("revenue_ytd", "revenue_ytd_prev", false, "'_T'")["_T"].Ytd!.Value;
        var imputed = _db.ScalarDecimal($"SELECT sum(revenue_ytd) FROM close_imputations WHERE vintage_id = '{r.VintageId}'");
        r.Imputed.Should().BeGreaterThan(0);
        r.Cells.Cell("revenue").ValueYtd.Should().Be(responders + imputed);
        r.Cells.Cell("revenue").ObsStatus.Should().Be("E");
        r.ImputedShare["revenue"].Should().Be(Math.Round(imputed / (responders + imputed) * 100m, 2));
        (r.Reported + r.Imputed + r.FollowUps).Should().Be(r.InScope);
    }

    private Dictionary<string, (decimal? Month, decimal? Ytd, decimal? Prev, int N)> Independent(string col, string? prev, bool stock, string member)
    {
        var prevExpr = prev is not null
            ? $"CASE WHEN cur.{col} IS NULL THEN NULL ELSE coalesce(cur.{prev}, 0) END"
            : $"CASE WHEN cur.{col} IS NULL THEN NULL ELSE coalesce((SELECT ly.{col} FROM reports ly WHERE ly.uscc = cur.uscc AND ly.superseded_at IS NULL AND ly.period = DATE '2025-09-01'), 0) END";
        var monthExpr = stock
            ? $"cur.{col}"
            : $"cur.{col} - coalesce((SELECT r2.{col} FROM reports r2 WHERE r2.uscc = cur.uscc AND r2.superseded_at IS NULL AND r2.period >= DATE '2026-01-01' AND r2.period < DATE '2026-09-01' ORDER BY r2.period DESC LIMIT 1), 0)";
        var sql = $"""
            WITH scope AS (
                SELECT c.uscc, c.category, c.category_l1, CASE WHEN c.ai_enterprise THEN 'Y' ELSE 'N' END AS ai, g.district_code, g.park_id, g.size_class
                FROM classifications c JOIN register g ON g.uscc = c.uscc AND g.valid_to IS NULL
                WHERE c.valid_to IS NULL AND c.category <> '00'),
            e AS (
                SELECT s.*, cur.{col} AS y, {prevExpr} AS p, {monthExpr} AS v
                FROM scope s JOIN reports cur ON cur.uscc = s.uscc AND cur.superseded_at IS NULL AND cur.period = DATE '2026-09-01')
            SELECT coalesce(CAST({member} AS VARCHAR), ''), CAST(sum(v) AS DECIMAL(38,2)), CAST(sum(y) AS DECIMAL(38,2)), CAST(sum(p) AS DECIMAL(38,2)), count(y) FROM e GROUP BY 1
            """;
        using var c = _db.Warehouse.OpenRead();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var rd = cmd.ExecuteReader();
        var result = new Dictionary<string, (decimal?, decimal?, decimal?, int)>(StringComparer.Ordinal);
        decimal? D(int i) => rd.IsDBNull(i) ? null : Convert.ToDecimal(rd.GetValue(i), CultureInfo.InvariantCulture);
        while (rd.Read())
        {
            result[rd.GetString(0)] = (D(1), D(2), D(3), Convert.ToInt32(rd.GetValue(4), CultureInfo.InvariantCulture));
        }

        return result;
    }
}
