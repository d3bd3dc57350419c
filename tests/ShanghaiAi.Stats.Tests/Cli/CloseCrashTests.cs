using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Tests.Close.Support;
using ShanghaiAi.Stats.Tests.Outputs;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Tests.Cli;

/// <summary>
/// Issue 11 part 3: a release is atomic. The built CLI runs as a child process with the test-only hook
/// AISTATS_FAULT_AFTER_RELEASE_FILES, which kills it (Environment.FailFast) in the middle of writing the release.
/// The vintage stays unreleased with no file in place, and running the close again completes that vintage.
/// </summary>
public sealed class CloseCrashTests : IDisposable
{
    private const string Fault = "AISTATS_FAULT_AFTER_RELEASE_FILES";

    private readonly CloseDb _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Close_KilledWhileWritingItsRelease_VintageUnreleasedAndRerunCompletesIt()
    {
        foreach (var u in new[] { "A", "B", "C", "D" })
        {
            _db.Enterprise(u).Report(u, "2026-08", 100m).Report(u, "2026-09", 150m);
        }

        var outDir = _db.Out("release");
        string[] close = ["close", "--period", "2026-09", "--db", _db.Warehouse.Path, "--out", outDir];

        var killed = CliRun.Run(new Dictionary<string, string?> { [Fault] = "5" }, close);

        killed.Exit.Should().NotBe(0, killed.Output);
        VintageStore.All(_db.Warehouse).Should().ContainSingle().Which.IsReleased.Should().BeFalse("its files are not complete");
        Directory.Exists(Path.Combine(outDir, "public")).Should().BeFalse("nothing is moved in place before the release is complete");
        Directory.Exists(Path.Combine(outDir, "internal")).Should().BeFalse();

        var rerun = CliRun.Run(new Dictionary<string, string?> { [Fault] = null }, close);

        rerun.Exit.Should().Be(0, rerun.Output);
        rerun.Output.Should().Contain("vintage 2026-09.v1 was stored but its release did not finish: releasing it now");
        VintageStore.All(_db.Warehouse).Should().ContainSingle("the rerun completes the vintage, it does not make a new one")
            .Which.IsReleased.Should().BeTrue();
        Directory.EnumerateFileSystemEntries(outDir).Select(Path.GetFileName).Should().BeEquivalentTo("public", "internal");
        var fresh = new PeriodRelease(_db.Warehouse, ReferenceData.Embedded, _db.Time).Release("2026-09.v1", _db.Out("fresh"));
        ReleaseFiles.ShouldBeSameAs(outDir, fresh.OutDir);
    }
}
