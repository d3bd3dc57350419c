using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Tests.Support;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Warehouse;

public sealed class ReportStoreTests : IDisposable
{
    private const string A = "91310000MA1K000001", B = "91310000MA1K000002", C = "91310000MA1K000003";
    private static readonly DateTime Now = new(2026, 11, 5, 8, 0, 0, DateTimeKind.Utc);
    private readonly SeededWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    [Fact]
    public void Load_UnchangedRevisedAndNewRows_OnlyTheChangedRowSupersedes()
    {
        var sep = new DateTime(2026, 9, 1);
        _w.Report(A, sep, 100m, 10m);
        _w.Report(B, sep, 200m, 20m);
        var batch = new ReportBatch(8);
        Add(batch, A, 100m, 10m, row: 2);     // equal to the stored report: unchanged
        Add(batch, B, 250.5m, 20m, row: 3);   // revises the stored report
        Add(batch, C, 50m, 5m, row: 4);       // new
        Add(batch, C, 51m, 5m, row: 5);       // a duplicate of row 4, dropped by the stage

        var (unchanged, revised, history) = _w.Warehouse.Write(c =>
        {
            using var store = new ReportStore(c, "U2");
            store.BeginStage();
            for (var k = 0; k < batch.Size; k++)
            {
                store.Append(batch, k);
            }

            store.EndAppend();
            store.DropRows([4, 5]);
            var same = store.DropUnchanged();
            using var tx = c.BeginTransaction();
            store.Load(Now);
            var h = store.History();
            store.EndStage();
            tx.Commit();
            return (same, store.Revised, h);
        });

        unchanged.Should().Equal(2);
        revised.Should().Equal(new ReportRevision(3, 2));
        history.Should().BeEmpty("no staged row has a month before or a year before in the warehouse");
        var rows = _w.Query("SELECT uscc, CAST(revenue_ytd AS VARCHAR), upload_id, revision, superseded_at IS NULL FROM reports ORDER BY uscc, revision");
        rows.Should().BeEquivalentTo(new[]
        {
            new object?[] { A, "100.00", "U1", 1, true },
            new object?[] { B, "200.00", "U1", 1, false },
            new object?[] { B, "250.50", "U2", 2, true },
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void History_RowWithLastMonth_HandsOutBothMonths()
    {
        _w.Report(A, new DateTime(2026, 8, 1), 300m, 30m);
        var batch = new ReportBatch(2);
        Add(batch, A, 120m, 60m, row: 7);

        var history = _w.Warehouse.Write(c =>
        {
            using var store = new ReportStore(c, "U3");
            store.BeginStage();
            store.Append(batch, 0);
            store.EndAppend();
            using var tx = c.BeginTransaction();
            store.Load(Now);
            var h = store.History();
            store.EndStage();
            tx.Commit();
            return h;
        });

        history.Should().Equal(new ReportHistory(7, new DateOnly(2026, 9, 1), 120m, 60m, null, 300m, 30m, null));
    }

    private static void Add(ReportBatch b, string uscc, decimal revenue, decimal ai, int row)
    {
        var k = b.Size++;
        b.Uscc[k] = uscc;
        b.CodeId[k] = uscc[^1] - '0';
        b.Period[k] = new Period(2026, 9).Index;
        b.Row[k] = row;
        var o = k * ReportBatch.Measures;
        b.Cents[o] = decimal.ToInt64(revenue * 100m);
        b.Has[o] = true;
        b.Cents[o + 2] = decimal.ToInt64(ai * 100m);
        b.Has[o + 2] = true;
    }
}
