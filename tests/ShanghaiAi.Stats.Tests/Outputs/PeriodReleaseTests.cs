using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Tests.Close.Support;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Outputs;

/// <summary>The one release stage: its two parts, the public-part check and a provisional January.</summary>
public sealed class PeriodReleaseTests : IDisposable
{
    private const string Code = "91310115MA1K4LEAK8";

    private readonly CloseDb _db = new();

    public void Dispose() => _db.Dispose();

    /// <summary>A crafted writer of the public part that leaks what a public file must never hold.</summary>
    private sealed class LeakingWriter(string text) : IReleaseWriter
    {
        public void Write(ReleaseContent release, string dir) => File.WriteAllText(Path.Combine(dir, "leak.csv"), text);
    }

    private void Seed()
    {
        foreach (var u in new[] { "B", "C", "D" })
        {
            _db.Enterprise(u).Report(u, "2026-08", 100m).Report(u, "2026-09", 150m);
        }

        // One enterprise alone in its district: its district cells are suppressed (A).
        _db.Enterprise(Code, district: "310105").Report(Code, "2026-08", 100_000m).Report(Code, "2026-09", 223_456.8m);
    }

    private PeriodRelease Release => new(_db.Warehouse, ReferenceData.Embedded, _db.Time);

    [Fact]
    public void Release_CraftedLeakingPublicWriter_RefusedAndVintageNotReleased()
    {
        Seed();
        var close = _db.Close("2026-09");
        var suppressed = close.Cells.Cell("revenue", "district", "310105");
        suppressed.ConfStatus.Should().Be("A");
        var outDir = _db.Out("leaky");

        var act = () => Release.Release(close, outDir, CloseDb.FastRelease with
        {
            PublicWriters = [new LeakingWriter($"uscc,name,value\n{Code},企业{Code},223456.8\n")],
        });

        act.Should().Throw<StatsException>().WithMessage($"release of vintage 2026-09.v1 refused: its public part holds what must not be published*"
            + $"leak.csv: credit code {Code}*leak.csv: enterprise name 企业{Code}*leak.csv: 223456.8, the value of a suppressed cell*");
        Directory.Exists(outDir).Should().BeTrue();
        Directory.EnumerateFileSystemEntries(outDir).Should().BeEmpty("nothing of a refused release stays, not even its staging folder");
        VintageStore.Get(_db.Warehouse, close.VintageId).IsReleased.Should().BeFalse();
    }

    [Fact]
    public void Release_CleanVintage_PublicPartPassesTheCheckAndInternalKeepsValues()
    {
        Seed();
        var close = _db.Close("2026-09");

        var r = Release.Release(close, _db.Out("clean"), CloseDb.FastRelease);

        r.PublicFiles.Should().OnlyContain(f => f.StartsWith("public/", StringComparison.Ordinal));
        r.InternalFiles.Should().Contain(["internal/indicators.csv", "internal/revisions.csv", "internal/review-queue.csv", "internal/return-2026-09.xlsx"]);
        File.ReadAllText(r.PathOf("indicators.csv")).Should().Contain("223456.8", "the internal table keeps the suppressed value");
        var (codes, names) = EnterpriseIdentities.Read(_db.Warehouse);
        PublicPartCheck.Findings(Path.Combine(r.OutDir, "public"), new PublicPartCheck.Forbidden(codes, names, close.Cells, [])).Should().BeEmpty();
        VintageStore.Get(_db.Warehouse, close.VintageId).IsReleased.Should().BeTrue();
    }

    [Fact]
    public void Release_ProvisionalJanuary_PublicPartHoldsOnlyTheEmptyTables()
    {
        foreach (var u in new[] { "A", "B", "C" })
        {
            _db.Enterprise(u).Report(u, "2026-01", 100m);
        }

        var r = Release.Release(_db.Close("2026-01"), _db.Out("jan"), CloseDb.FastRelease);

        r.PublicReleased.Should().BeFalse();
        r.PublicFiles.Should().Equal("public/indicators-public.csv", "public/indicators-public.parquet");
        File.ReadAllLines(r.PathOf("indicators-public.csv")).Should().HaveCount(1, "only the header: nothing provisional is public");
        r.InternalFiles.Should().Contain(["internal/return-2026-01.xlsx", "internal/park-scores.csv"]);
    }
}
