using System.Text.Json;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Tests.Close.Support;

namespace ShanghaiAi.Stats.Tests.Close;

/// <summary>
/// Differencing across months: district 310105 has two enterprises in September (primary A) and a third from
/// October. October's cell alone passes the primary rules, yet its YTD less its month value is September's YTD.
/// </summary>
public sealed class PeriodCloserAcrossMonthsTests : IDisposable
{
    private static readonly CloseSettings Off = CloseSettings.Default with { ProtectAcrossMonths = false };

    private readonly CloseDb _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Close_CellSuppressedLastMonth_WouldBeRecoverable_StaysSuppressedAsD()
    {
        Seed(2, "2026-08", "2026-09", "2026-10");
        var september = _db.Close("2026-09");
        september.Cells.Cell("revenue", "district", "310105").ConfStatus.Should().Be("A");

        var unprotected = _db.Close("2026-10", Off);
        var leak = unprotected.Cells.Cell("revenue", "district", "310105");
        leak.ConfStatus.Should().Be("F", "three contributors of 50, 62 and 70: no primary rule holds it");
        (leak.ValueYtd - leak.Value).Should().Be(september.Cells.Cell("revenue", "district", "310105").ValueYtd,
            "October's YTD less October's month value is September's suppressed YTD, 45 + 56");

        var october = _db.Close("2026-10");

        october.Cells.Cell("revenue", "district", "310105").ConfStatus.Should().Be("D");
        october.Cells.Cell("ai_revenue", "district", "310105").ConfStatus.Should().Be("D");
        october.Cells.Cell("ai_revenue_share", "district", "310105").ConfStatus.Should().Be("D", "a ratio follows its sums");
        october.Cells.Cell("employees", "district", "310105").ConfStatus.Should().Be("F", "a stock has no month-to-month relation");
        october.Cells.Where(c => c.IndicatorCode == "revenue" && c.Breakdown == "district" && c.ConfStatus != "F")
            .Should().HaveCountGreaterThan(1, "the district table's total still holds: a second district is suppressed");
        var summary = JsonDocument.Parse(File.ReadAllText(_db.PathOf(october, "close-summary.json"))).RootElement;
        summary.GetProperty("suppressed_across_months").GetInt32().Should().Be(october.SuppressedAcrossMonths).And.BeGreaterThan(0);
        unprotected.SuppressedAcrossMonths.Should().Be(0);
        summary.GetProperty("settings").GetProperty("protect_across_months").GetBoolean().Should().BeTrue();
        var row = CsvText.Parse(File.ReadAllText(_db.PathOf(october, "indicators-public.csv")))
            .Single(f => f[2] == "revenue" && f[3] == "district" && f[4] == "310105");
        row[5..9].Should().OnlyContain(v => v == string.Empty, "the public table shows nothing of a suppressed cell");
    }

    [Fact]
    public void Close_SuppressedTwoMonthsBack_CarriedMonthByMonthToTheYearEnd()
    {
        // September: J and K alone (A); October and November: L too, so only the carry holds the cell.
        Seed(2, "2026-08", "2026-09", "2026-10", "2026-11");
        _db.Close("2026-09");
        _db.Close("2026-10");

        var november = _db.Close("2026-11");

        _db.Close("2026-11", Off).Cells.Cell("revenue", "district", "310105").ConfStatus.Should().Be("F");
        november.Cells.Cell("revenue", "district", "310105").ConfStatus.Should().Be("D",
            "October's D would otherwise be recoverable from November's YTD less its month value");
    }

    [Fact]
    public void Close_SuppressedInDecember_JanuaryStartsAfresh()
    {
        Seed(2, "2025-11", "2025-12", "2026-01");
        _db.Close("2025-12").Cells.Cell("revenue", "district", "310105").ConfStatus.Should().Be("A");

        var january = _db.Close("2026-01", CloseSettings.Default with { CombineJanuaryFebruary = false });

        january.Cells.Cell("revenue", "district", "310105").ConfStatus.Should().Be("F", "the YTD restarts: no relation to December");
    }

    [Fact]
    public void Close_ProvisionalJanuary_FebruaryCarriesNothing()
    {
        Seed(2, "2025-12", "2026-01", "2026-02");
        _db.Close("2026-01").Cells.Cell("revenue", "district", "310105").ConfStatus.Should().Be("A");

        var february = _db.Close("2026-02");

        february.Cells.Cell("revenue", "district", "310105").ConfStatus.Should().Be("F", "January was never public: it is published only as 1-2月");
    }

    [Fact]
    public void DisclosureAudit_CellSuppressedLastMonthFreeNow_Fails()
    {
        var carried = new SuppressionCell("revenue/district/310105", 191m);

        DisclosureAudit.Check([], [], [carried]).Should().ContainSingle()
            .Which.Should().Be("revenue/district/310105 was suppressed last month and is free now: its YTD less its month value gives last month's YTD");
    }

    /// <summary>Districts 310101 (five enterprises) and 310104 (four) report every month given; in 310105, J and K
    /// report every month (YTD 40, 45, 50 ... and 50, 56, 62 ...) and L from month <paramref name="lJoins"/> on
    /// (70, 80 ...).</summary>
    private void Seed(int lJoins, params string[] months)
    {
        var others = new[] { ("A", "310101", 100m), ("B", "310101", 110m), ("C", "310101", 120m), ("D", "310101", 130m), ("E", "310101", 140m),
            ("F", "310104", 100m), ("G", "310104", 100m), ("H", "310104", 100m), ("I", "310104", 100m) };
        foreach (var (u, d, _) in others)
        {
            _db.Enterprise(u, district: d);
        }

        _db.Enterprise("J", district: "310105").Enterprise("K", district: "310105").Enterprise("L", district: "310105");
        for (var k = 0; k < months.Length; k++)
        {
            var month = Period.Parse(months[k]).Month;
            foreach (var (u, _, rev) in others)
            {
                _db.Report(u, months[k], rev * month);
            }

            _db.Report("J", months[k], 40m + (5m * k)).Report("K", months[k], 50m + (6m * k));
            if (k >= lJoins)
            {
                _db.Report("L", months[k], 70m + (10m * (k - lJoins)));
            }
        }
    }
}
