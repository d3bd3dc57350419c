using System.Globalization;
using ShanghaiAi.Stats.Tests.Support;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.ParkIndex;

/// <summary>
/// The shared warehouse builder (<see cref="SeededWarehouse"/>) seeded with park reports, park indicator cells of a
/// close, the register and classifications (the close is built elsewhere). Parks SHAIP01-05 have data; SHAIP06 has
/// only a report older than 3 months; the others nothing.
/// </summary>
internal sealed class ParkIndexWarehouseData : IDisposable
{
    private static readonly DateOnly Sep = new(2026, 9, 1);
    private static readonly DateTime Jan = new(2026, 1, 1);
    private readonly SeededWarehouse _seed = new("parkindex-");

    public ParkIndexWarehouseData() => Seed();

    public string Dir => _seed.Dir;

    public StatsWarehouse Warehouse => _seed.Warehouse;

    public string OutDir => Path.Combine(Dir, "out");

    /// <summary>Compute capacity reported by park n (1-5) for 2026-09.</summary>
    public static double Compute(int n) => 100 * n;

    public static double Revenue(int n) => 10000 * n;

    public static double RdExpense(int n) => 500 * n * n;

    public static int Enterprises(int n) => 10 + n;

    public static int Patents(int n) => 3 * n * n;

    public void Exec(string sql) => _seed.Exec(sql);

    public T Scalar<T>(string sql) => _seed.Scalar<T>(sql);

    /// <summary>Adds a vintage for another period with the cells of 2026-09.v2, values and year-to-date values x 1.1
    /// (for trend tests).</summary>
    public void AddVintage(string vintage, string period)
    {
        var p = DateOnly.ParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        _seed.Vintage(vintage, p, 1, new DateTime(2026, 11, 1));
        foreach (var c in ParkCells("2026-09.v2"))
        {
            _seed.Cell(c with { VintageId = vintage, Period = p, Value = c.Value * 1.1m, ValueYtd = c.ValueYtd * 1.1m });
        }
    }

    private void Seed()
    {
        _seed.Vintage("2026-09.v1", Sep, 1, new DateTime(2026, 10, 5));
        _seed.Vintage("2026-09.v2", Sep, 2, new DateTime(2026, 10, 20));
        for (var n = 1; n <= 5; n++)
        {
            var park = string.Create(CultureInfo.InvariantCulture, $"SHAIP0{n}");
            _seed.ParkReport(new TestParkReport(park, n == 5 ? new DateOnly(2026, 7, 1) : Sep, (decimal)Compute(n), 10 * n, 5 * n, 2 * n, n,
                1000 * n, 2000 + (100 * n), 50 * n, 20 * n, 10 * n, 1.1m + (0.05m * n), n % 2 == 1, "U1", new DateTime(2026, 10, 1), 2));
            foreach (var c in Cells(n, park))
            {
                _seed.Cell(c);
                _seed.Cell(c with { VintageId = "2026-09.v1", Value = 1, ValueYtd = 1, YoyPct = 1, ConfStatus = "F" });
            }
        }

        // SHAIP01: an older report (2026-06) and a superseded revision of 2026-09 that must both be ignored.
        _seed.ParkReport(Other("SHAIP01", new DateOnly(2026, 6, 1), 9999, "U0", new DateTime(2026, 7, 1), 1.9m, false));
        _seed.ParkReport(Other("SHAIP01", Sep, 7777, "U0", new DateTime(2026, 9, 20), 1.9m, false) with { SupersededAt = new DateTime(2026, 10, 1) });
        _seed.ParkReport(Other("SHAIP06", new DateOnly(2026, 6, 1), 50, "U0", new DateTime(2026, 7, 1), 1.3m, true));

        // Register and classifications of SHAIP01: three AI enterprises (two 规上), one non-AI 规上, one superseded row.
        foreach (var (uscc, name, park, size, from, to) in new (string, string, string, string, DateTime, DateTime?)[]
                 {
                     ("E1", "a", "SHAIP01", "规上", Jan, null), ("E2", "b", "SHAIP01", "规上", Jan, null), ("E3", "c", "SHAIP01", "规下", Jan, null),
                     ("E3", "c", "SHAIP01", "规上", new DateTime(2025, 1, 1), Jan), ("E4", "d", "SHAIP01", "规上", Jan, null),
                     ("E5", "e", "SHAIP02", "规下", Jan, null),
                 })
        {
            _seed.Register(uscc, name, null, null, validTo: to, park: park, size: size, validFrom: from);
        }

        _seed.Classification("E1", "0101");
        _seed.Classification("E2", "0101");
        _seed.Classification("E3", "0201");
        _seed.Classification("E4", "00", ai: false, basis: "none");
        _seed.Classification("E5", "0101");
    }

    /// <summary>The park cells of park n in vintage 2026-09.v2 (SHAIP03's R&D expense is suppressed: conf A).</summary>
    private static IEnumerable<TestCell> Cells(int n, string park)
    {
        foreach (var (code, value, ytd, yoy, unit) in new (string, decimal, decimal?, decimal?, string)[]
                 {
                     ("enterprises_in_scope", Enterprises(n), null, null, "个"),
                     ("ai_revenue", 1000 * n, 8000 * n, 5 * n, "千元"),
                     ("revenue", 1500 * n, (decimal)Revenue(n), 3, "千元"),
                     ("rd_expense", 60 * n, (decimal)RdExpense(n), 2, "千元"),
                     ("ai_patents", n, Patents(n), null, "件"),
                     ("rd_staff", 20 * n, null, null, "人"),
                     ("employees", 100 + (10 * n), null, null, "人"),
                 })
        {
            yield return new TestCell("2026-09.v2", Sep, code, "park", park, value, ytd, yoy, unit,
                ConfStatus: n == 3 && code == "rd_expense" ? "A" : "F");
        }
    }

    private IEnumerable<TestCell> ParkCells(string vintage) =>
        Enumerable.Range(1, 5).SelectMany(n => Cells(n, string.Create(CultureInfo.InvariantCulture, $"SHAIP0{n}")))
            .Select(c => c with { VintageId = vintage });

    private static TestParkReport Other(string park, DateOnly period, decimal compute, string upload, DateTime received, decimal pue, bool ethics)
        => new(park, period, compute, 1, 1, 1, 1, 1, 1, 1, 1, 1, pue, ethics, upload, received, 1);

    public void Dispose() => _seed.Dispose();
}
