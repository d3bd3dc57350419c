using ShanghaiAi.Stats.Tests.Cli.Support;
using ShanghaiAi.Stats.Tests.Ingest.Support;
using Xunit.Abstractions;

namespace ShanghaiAi.Stats.Tests.Cli;

/// <summary>Bounded memory while reading an XLSX: the peak resident memory of the aistats process stays under a limit
/// on a 0.9 GB-of-zeros cell (issue 12: 11.5 GB and 45.6 s before).</summary>
public sealed class CliMemoryBoundTests(ITestOutputHelper output)
{
    [Fact]
    public void Ingest_XlsxWithNineHundredMegabytesOfZerosInOneCell_RejectedFastUnderAMemoryBound()
    {
        using var f = new CliFolder();
        f.LoadRegister();
        var path = Path.Combine(f.Dir, "zeros.xlsx");
        StreamedWorkbooks.ZeroCell(path, 900);
        new FileInfo(path).Length.Should().BeLessThan(2L << 20, "the bomb is small on disk");

        var r = f.Run("ingest", "--kind", "monthly-report", "zeros.xlsx");
        output.WriteLine(r.ToString());

        r.Exit.Should().Be(2, r.ToString());
        r.Out.Should().Contain("FILE-F04").And.Contain("zeros.xlsx");
        r.HasStackTrace.Should().BeFalse();
        r.PeakBytes.Should().BeGreaterThan(0).And.BeLessThan(400L << 20, "peak RSS must not grow with the inflated size");
        r.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
    }
}
