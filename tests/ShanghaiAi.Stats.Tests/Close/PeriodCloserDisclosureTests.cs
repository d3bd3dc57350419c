using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Tests.Close.Support;
using ShanghaiAi.Stats.Tests.Support;
using ShanghaiAi.Stats.Outputs;

namespace ShanghaiAi.Stats.Tests.Close;

/// <summary>Disclosure control inside a real close and what the public table shows.</summary>
public sealed class PeriodCloserDisclosureTests : IDisposable
{
    private readonly CloseDb _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Close_DistrictWithTwoEnterprises_PrimaryAAndSecondaryDOnSmallestDistrict()
    {
        Seed();

        var r = _db.Close("2026-09");

        r.Cells.Cell("revenue", "district", "310105").ConfStatus.Should().Be("A");
        r.Cells.Cell("revenue", "district", "310104").ConfStatus.Should().Be("D", "400 < 600: the smaller district hides 310105");
        r.Cells.Cell("revenue", "district", "310101").ConfStatus.Should().Be("F");
        r.Cells.Cell("revenue").ConfStatus.Should().Be("F");
        r.Cells.Cell("ai_revenue_share", "district", "310104").ConfStatus.Should().Be("D", "a ratio is suppressed with its sums");
        r.Cells.Cell("revenue_per_employee", "district", "310105").ConfStatus.Should().Be("A");
        r.Cells.Where(c => c.IndicatorCode is "enterprises_in_scope" or "enterprises_reported" or "response_rate")
            .Should().OnlyContain(c => c.ConfStatus == "F", "counts of enterprises are not suppressed");
        r.Cells.Cell("enterprises_in_scope", "district", "310105").Value.Should().Be(2m);
    }

    [Fact]
    public void Close_PublicTable_NeverShowsAValueOfASuppressedCell()
    {
        Seed();
        var r = _db.Close("2026-09");

        var lines = File.ReadAllLines(_db.PathOf(r, "indicators-public.csv"));
        var header = CsvText.Parse(lines[0])[0];
        header.Should().Equal("vintage", "period", "indicator_code", "breakdown", "breakdown_code", "value", "value_ytd", "value_ytd_prev", "yoy_pct", "unit", "obs_status", "conf_status");
        var rows = CsvText.Parse(string.Join('\n', lines.Skip(1)));
        rows.Should().HaveCount(r.Cells.Count);
        var suppressed = rows.Where(f => f[11] != "F").ToList();
        suppressed.Should().NotBeEmpty();
        suppressed.Should().OnlyContain(f => f[5] == "" && f[6] == "" && f[7] == "" && f[8] == "");
        var internalRows = CsvText.Parse(File.ReadAllText(_db.PathOf(r, "indicators.csv")));
        internalRows[0].Should().Equal(IndicatorTableWriter.Columns);
        internalRows.Skip(1).Single(f => f[2] == "revenue" && f[4] == "310105")[6].Should().Be("110", "internal outputs keep every value");
        rows.Single(f => f[2] == "enterprises_in_scope" && f[4] == "310105")[5].Should().Be("2");
        File.Exists(_db.PathOf(r, "indicators-public.parquet")).Should().BeTrue();
        _db.ScalarDecimal($"SELECT count(*) FROM read_parquet('{_db.PathOf(r, "indicators-public.parquet")}') WHERE conf_status <> 'F' AND value IS NOT NULL").Should().Be(0);
        _db.ScalarDecimal($"SELECT count(*) FROM read_parquet('{_db.PathOf(r, "indicators.parquet")}')").Should().Be(r.Cells.Count);
    }

    [Fact]
    public void Close_DominantEnterprise_O()
    {
        _db.Enterprise("A", district: "310115").Enterprise("B", district: "310115").Enterprise("C", district: "310115");
        _db.Report("A", "2026-08", 800m).Report("B", "2026-08", 50m).Report("C", "2026-08", 50m);
        _db.Report("A", "2026-09", 900m).Report("B", "2026-09", 50m).Report("C", "2026-09", 50m);

        var r = _db.Close("2026-09");

        r.Cells.Cell("revenue").ConfStatus.Should().Be("O");
        r.Cells.Cell("employees").ConfStatus.Should().Be("F", "30 staff spread evenly");
    }

    [Fact]
    public void Close_TwoDominantEnterprises_T()
    {
        foreach (var (u, rev) in new[] { ("A", 500m), ("B", 450m), ("C", 30m), ("D", 20m) })
        {
            _db.Enterprise(u).Report(u, "2026-08", rev - 10m).Report(u, "2026-09", rev);
        }

        var r = _db.Close("2026-09");

        r.Cells.Cell("revenue").ConfStatus.Should().Be("T", "500 + 450 of 1000 is 95% > 85%, 500 alone is 50%");
    }

    [Fact]
    public void Close_OneEnterpriseInNoPark_ParkCellSuppressedSoTheRestCannotBeDerived()
    {
        foreach (var (u, park, rev) in new[] { ("A", "P01", 100m), ("B", "P01", 110m), ("C", "P01", 120m), ("D", "P02", 300m), ("E", "P02", 310m), ("F", "P02", 320m), ("G", null, 500m) })
        {
            _db.Enterprise(u, park: park).Report(u, "2026-08", rev - 10m).Report(u, "2026-09", rev);
        }

        var r = _db.Close("2026-09");

        r.Cells.Cell("revenue", "park", "P01").ConfStatus.Should().Be("D", "total - P01 - P02 would be G's own revenue");
        r.Cells.Cell("revenue", "park", "P02").ConfStatus.Should().Be("F");
        r.Cells.Should().NotContain(c => c.Breakdown == "park" && c.BreakdownCode == "", "the no-park rest is never published");
    }

    [Fact]
    public void Close_AiSoftwareSuppressed_PartsRelationProtected()
    {
        // ai_software has only two contributors: ai_revenue = software + services + products would give it away.
        var parts = new[] { ("A", 100m, 0m), ("B", 100m, 0m), ("C", 0m, 100m), ("D", 0m, 100m), ("E", 0m, 100m) };
        foreach (var (u, soft, serv) in parts)
        {
            _db.Enterprise(u);
            _db.Report(new TestReport(u, "2026-09", 1000m, soft + serv, soft == 0 ? null : soft, serv, 0m, 10m, 10m, 900m, 100m, 10m, 10m, 10, 2, 1, 1m));
        }

        var r = _db.Close("2026-09");

        r.Cells.Cell("ai_software").ConfStatus.Should().Be("A");
        new[] { "ai_revenue", "ai_services", "ai_products" }.Select(i => r.Cells.Cell(i).ConfStatus).Should().Contain("D");
    }

    private void Seed()
    {
        var rows = new[]
        {
            ("A", "310101", 100m), ("B", "310101", 110m), ("C", "310101", 120m), ("D", "310101", 130m), ("E", "310101", 140m),
            ("F", "310104", 100m), ("G", "310104", 100m), ("H", "310104", 100m), ("I", "310104", 100m),
            ("J", "310105", 50m), ("K", "310105", 60m),
        };
        foreach (var (u, d, rev) in rows)
        {
            _db.Enterprise(u, district: d).Report(u, "2026-08", rev - 5m).Report(u, "2026-09", rev, rev);
        }
    }
}
