using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Tests.Close.Support;
using ShanghaiAi.Stats.Tests.Outputs;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Close;

/// <summary>Re-closing makes a new vintage; earlier vintages stay readable; revisions compare first with latest.</summary>
public sealed class PeriodCloserVintageTests : IDisposable
{
    private readonly CloseDb _db = new();

    public PeriodCloserVintageTests()
    {
        foreach (var (u, aug, sep) in new[] { ("A", 100m, 150m), ("B", 200m, 260m), ("C", 300m, 390m), ("D", 50m, 80m) })
        {
            _db.Enterprise(u).Report(u, "2026-08", aug).Report(u, "2026-09", sep, 100m);
        }
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Close_LateRevision_NewVintageChangesOldStaysAndRevisionsListed()
    {
        var v1 = _db.Close("2026-09");
        _db.Report("C", "2026-09", 420m, 100m);   // a late revision of C's September report
        var v2 = _db.Close("2026-09");

        v1.VintageId.Should().Be("2026-09.v1");
        v2.VintageId.Should().Be("2026-09.v2");
        v2.Sequence.Should().Be(2);
        v2.Cells.Cell("revenue").ValueYtd.Should().Be(910m);
        VintageStore.Cells(_db.Warehouse, "2026-09.v1").Cell("revenue").ValueYtd.Should().Be(880m, "an earlier vintage never changes");
        VintageStore.Cells(_db.Warehouse, "2026-09.v2").Should().Equal(v2.Cells);
        VintageStore.All(_db.Warehouse).Select(v => v.VintageId).Should().Equal("2026-09.v1", "2026-09.v2");

        var rows = CsvText.Parse(File.ReadAllText(_db.PathOf(v2, "revisions.csv")));
        rows[0].Should().Equal(RevisionTable.Columns);
        var revenue = rows.Single(f => f[1] == "revenue" && f[2] == "total");
        revenue[4..12].Should().Equal("2026-09.v1", "2026-09.v2", "230", "260", "30", "880", "910", "30");
        rows.Single(f => f[1] == "employees" && f[2] == "total")[11].Should().Be("0");
    }

    [Fact]
    public void Release_EarlierVintageAgain_SameFilesAsItsFirstRelease()
    {
        var v1 = _db.Close("2026-09");
        var first = _db.Released(v1);
        _db.Report("C", "2026-09", 420m, 100m);
        _db.Close("2026-09");

        var again = new PeriodRelease(_db.Warehouse, ReferenceData.Embedded, _db.Time).Release("2026-09.v1", _db.Out("export-v1"), CloseDb.FastRelease);

        ReleaseFiles.ShouldBeSameAs(again.OutDir, first.OutDir);
        File.ReadAllText(again.PathOf("close-summary.json")).Should().Contain("\"vintage_id\": \"2026-09.v1\"");
        var act = () => new PeriodRelease(_db.Warehouse, ReferenceData.Embedded, _db.Time).Release("2026-09.v9", _db.Out("none"));
        act.Should().Throw<StatsException>().WithMessage("vintage '2026-09.v9': not in the warehouse*expected one of: 2026-09.v1, 2026-09.v2");
    }
}
