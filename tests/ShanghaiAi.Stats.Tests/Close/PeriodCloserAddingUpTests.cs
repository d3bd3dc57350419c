using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Tests.Close.Support;

namespace ShanghaiAi.Stats.Tests.Close;

/// <summary>
/// Month values that add up (statistics.md "Values" and "Non-response"): the base of a month value is the YTD the
/// previous close used for the enterprise, a second missing month chains the monthly growths, a new entrant is not
/// a gap. Hand-worked, and the adding-up property over a year of closes.
/// </summary>
public sealed class PeriodCloserAddingUpTests : IDisposable
{
    private static readonly CloseSettings Monthly = CloseSettings.Default with { CombineJanuaryFebruary = false };

    private readonly CloseDb _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Close_SecondMissingMonth_ChainsMonthlyGrowthsNotDirectRatio()
    {
        // Category 0101. A reports every month; B misses September; C enters in August; Y misses August.
        _db.Enterprise("A").Enterprise("B").Enterprise("C").Enterprise("Y");
        _db.Report("A", "2026-07", 100m).Report("A", "2026-08", 120m).Report("A", "2026-09", 150m);
        _db.Report("B", "2026-07", 100m).Report("B", "2026-08", 100m);
        _db.Report("C", "2026-08", 100m).Report("C", "2026-09", 110m);
        _db.Report("Y", "2026-07", 50m);

        var aug = _db.Close("2026-08", Monthly);

        // Jul->Aug among A, B (both months): 220 / 200 = 1.1, so Y's August = 50 x 1.1 = 55.
        aug.Cells.Cell("revenue").ValueYtd.Should().Be(120m + 100m + 100m + 55m);
        aug.Cells.Cell("revenue").Value.Should().Be(20m + 0m + 100m + 5m, "C's first report is its first YTD of the year");

        var sep = _db.Close("2026-09", Monthly);

        // Aug->Sep among A, C: (150 + 110) / (120 + 100) = 1.181818.. B's September = 100 x 1.1818 = 118.18.
        // Y (second missing month): 50 x 1.1 = 55 x 1.1818 = 65.00, chained; the direct Jul->Sep ratio (A only,
        // 150 / 100) would give 75.
        var revenue = sep.Cells.Cell("revenue");
        revenue.ValueYtd.Should().Be(150m + 118.18m + 110m + 65m);
        revenue.Value.Should().Be(30m + 18.18m + 10m + (65m - 55m), "Y's base is August's imputed 55, published in August");
        aug.Cells.Cell("revenue").Value.Should().Be(125m);
        (aug.Cells.Cell("revenue").ValueYtd + revenue.Value).Should().Be(revenue.ValueYtd);
        _db.ScalarDecimal("SELECT revenue_ytd FROM close_imputations WHERE uscc = 'Y' AND months_imputed = 2").Should().Be(65m);
    }

    [Fact]
    public void Close_NewEntrantMidYear_NotAGap()
    {
        foreach (var u in new[] { "A", "B", "C" })
        {
            _db.Enterprise(u).Report(u, "2026-05", 100m).Report(u, "2026-06", 200m);
        }

        _db.Enterprise("N", registeredOn: new DateOnly(2026, 6, 1)).Report("N", "2026-06", 40m);

        var r = _db.Close("2026-06");

        r.Cells.Cell("revenue").Value.Should().Be(300m + 40m);
        r.Cells.Cell("revenue").ObsStatus.Should().Be("A", "a new entrant's first report is not a gap");
    }

    [Fact]
    public void Close_ReturnerAfterTwoImputedMonths_BaseIsTheChainPublished()
    {
        foreach (var (u, m) in new[] { ("A", 100m), ("B", 200m), ("C", 300m) })
        {
            // Growth 1.2 from May to June, 1.25 from June to July, 1.1 from July to August.
            _db.Enterprise(u).Report(u, "2026-05", m).Report(u, "2026-06", m * 1.2m).Report(u, "2026-07", m * 1.5m).Report(u, "2026-08", m * 1.65m);
        }

        _db.Enterprise("R").Report("R", "2026-05", 40m).Report("R", "2026-08", 90m);   // June and July imputed

        var closes = new[] { "2026-05", "2026-06", "2026-07", "2026-08" }.Select(m => _db.Close(m, Monthly)).ToList();
        var r = closes[^1];

        // June's close: 40 x 1.2 = 48; July's: 48 x 1.25 = 60 (chained). August's month value of R = 90 - 60.
        closes[1].Cells.Cell("revenue").ValueYtd.Should().Be((600m * 1.2m) + 48m);
        closes[2].Cells.Cell("revenue").ValueYtd.Should().Be((600m * 1.5m) + 60m);
        var revenue = r.Cells.Cell("revenue");
        revenue.Value.Should().Be((600m * 0.15m) + 30m);
        revenue.ObsStatus.Should().Be("E", "R returns after a gap");
        closes.Sum(c => c.Cells.Cell("revenue").Value).Should().Be(revenue.ValueYtd, "the month values of the year add up to its YTD");
    }

    [Fact]
    public void Close_TwelveMonthsWithImputation_MonthValuesAddUpToDecemberYtd()
    {
        var rnd = new Random(20261206);
        var categories = new[] { "0101", "0102", "0201" };
        var districts = new[] { "310101", "310104", "310115" };
        for (var e = 0; e < 36; e++)
        {
            var u = $"U{e:D3}";
            _db.Enterprise(u, categories[e % 3], districts[(e / 3) % 3]);
            var entry = e % 6 == 5 ? 1 + rnd.Next(3, 9) : 1;
            decimal ytd = 0;
            for (var m = entry; m <= 12; m++)
            {
                ytd += Math.Round((decimal)(10 + (rnd.NextDouble() * 90)), 2);

                // Gaps: one, two or three months missing mid-year; every enterprise reports in October and December.
                var missing = m is not (10 or 12) && m != entry && rnd.NextDouble() < 0.25;
                if (!missing)
                {
                    _db.Report(u, $"2026-{m:D2}", ytd);
                }
            }
        }

        var closes = Enumerable.Range(1, 12).Select(m => _db.Close($"2026-{m:D2}", Monthly)).ToList();

        closes.Sum(c => c.Imputed).Should().BeGreaterThan(10, "imputation in several months");
        var december = closes[^1];
        var checkedCells = 0;
        foreach (var cell in december.Cells.Where(c => c.IndicatorCode is "revenue" or "ai_revenue" or "profit" or "rd_expense" or "compute_used"))
        {
            var months = closes.Select(c => c.Cells.SingleOrDefault(x => x.IndicatorCode == cell.IndicatorCode && x.Breakdown == cell.Breakdown && x.BreakdownCode == cell.BreakdownCode)?.Value ?? 0m);
            months.Sum().Should().Be(cell.ValueYtd!.Value, $"{cell.IndicatorCode} {cell.Breakdown} {cell.BreakdownCode}");
            checkedCells++;
        }

        checkedCells.Should().BeGreaterThan(30);
    }
}
