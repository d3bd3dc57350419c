using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Tests.Support;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Warehouse;

public sealed class ParkReportStoreTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 11, 5, 8, 0, 0, DateTimeKind.Utc);
    private readonly SeededWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    [Fact]
    public void Add_SameParkAndPeriodTwice_SecondIsRevisionTwoAndLatestReadsIt()
    {
        var sep = new DateOnly(2026, 9, 1);
        var appended = new List<int>();
        var first = _w.Warehouse.Write(c => ParkReportStore.Add(c, [Report("SHAIP01", sep, 10m), Report("SHAIP02", sep, 20m)], "U1", Now, appended.Add));
        var second = _w.Warehouse.Write(c => ParkReportStore.Add(c, [Report("SHAIP01", sep, 12.5m)], "U2", Now.AddDays(1)));

        first.Should().Equal(1, 1);
        appended.Should().Equal(1, 2);
        second.Should().Equal(2);
        _w.Scalar<long>("SELECT count(*) FROM park_reports WHERE park_id = 'SHAIP01' AND superseded_at IS NOT NULL").Should().Be(1);
        var latest = _w.Warehouse.Read(c => ParkReportStore.Latest(c, ["compute_capacity_pflops", "open_datasets", "ethics_review"],
            new Period(2026, 8), new Period(2026, 10)));
        latest.Keys.Should().BeEquivalentTo("SHAIP01", "SHAIP02");
        latest["SHAIP01"].Period.Should().Be(new Period(2026, 9));
        latest["SHAIP01"].Values.Should().BeEquivalentTo(new Dictionary<string, double>
        {
            ["compute_capacity_pflops"] = 12.5, ["open_datasets"] = 3, ["ethics_review"] = 1,
        });
        _w.Warehouse.Read(c => ParkReportStore.Latest(c, ["pue"], new Period(2026, 10), new Period(2026, 12))).Should().BeEmpty();
    }

    [Fact]
    public void Latest_FieldThatIsNoColumnName_Throws()
    {
        var act = () => _w.Warehouse.Read(c => ParkReportStore.Latest(c, ["pue; DROP TABLE park_reports"], new Period(2026, 8), new Period(2026, 10)));

        act.Should().Throw<ArgumentException>().WithMessage("*not a column of park_reports*");
    }

    private static ParkReport Report(string park, DateOnly period, decimal compute)
        => new(park, period, [compute, 40m, 3m, 2m, 1m, 100m, 500m, 4m, 5m, 6m, 1.25m], true);
}
