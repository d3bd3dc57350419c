using ShanghaiAi.Stats.Tests.Cli.Support;
using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Cli;

/// <summary>The exit-code policy (0 done, 1 done with rejected rows, 2 the input could not be used) and one line for
/// every error a user can cause, never a stack trace.</summary>
public sealed class CliExitCodeTests
{
    [Fact]
    public void Ingest_EveryRowAccepted_ExitsZero_SomeRejected_ExitsOne()
    {
        using var f = new CliFolder();
        f.LoadRegister();
        var ok = f.Run("ingest", "--kind", "monthly-report", f.Monthly("m.csv", "2026-09"));
        ok.Exit.Should().Be(0, ok.ToString());

        File.Copy(Corpus.PathOf("monthly/not-in-register.csv"), Path.Combine(f.Dir, "nr.csv"));
        var some = f.Run("ingest", "--kind", "monthly-report", "nr.csv");
        some.Exit.Should().Be(1, some.ToString());
        some.Out.Should().Contain("rejected 1");
        some.HasStackTrace.Should().BeFalse();
    }

    [Fact]
    public void Ingest_WarehouseIsATextFile_OneLineAndExitTwo()
    {
        using var f = new CliFolder();
        File.WriteAllText(Path.Combine(f.Dir, "notes.csv"), "a,b\n1,2\n");
        var r = f.Run("ingest", "--kind", "register", "register.csv", "--db", "notes.csv");
        r.Exit.Should().Be(2, r.ToString());
        r.HasStackTrace.Should().BeFalse(r.ToString());
        r.Out.Should().Contain("not a DuckDB database");
        r.Out.Trim().Split('\n').Should().ContainSingle(r.ToString());
        WarehouseFiles.Archived(f.Dir).Should().BeEmpty("nothing is archived when the warehouse cannot be used");
    }

    [Fact]
    public void Warnings_WarehouseIsATextFile_OneLineAndExitTwo()
    {
        using var f = new CliFolder();
        var r = f.Run("warnings", "--db", "register.csv");
        r.Exit.Should().Be(2, r.ToString());
        r.HasStackTrace.Should().BeFalse(r.ToString());
        r.Out.Should().Contain("not a DuckDB database");
    }

    [Fact]
    public void Generate_OutIsAnExistingFile_OneLineAndExitTwo()
    {
        using var f = new CliFolder();
        var r = f.Run("generate", "--enterprises", "10", "--months", "2", "--end", "2026-10", "--out", "register.csv");
        r.Exit.Should().Be(2, r.ToString());
        r.HasStackTrace.Should().BeFalse(r.ToString());
        r.Out.Should().Contain("--out register.csv: an existing file");
    }

    [Fact]
    public void Generate_BadCount_NamesTheFlag()
    {
        using var f = new CliFolder();
        var r = f.Run("generate", "--enterprises", "0", "--out", "s");
        r.Exit.Should().Be(2, r.ToString());
        r.Out.Should().Contain("--enterprises: the number of enterprises: expected 1-10000000, found 0");
    }

    [Fact]
    public void Ingest_FileIsAFolderOrMissing_OneLineAndExitTwo()
    {
        using var f = new CliFolder();
        Directory.CreateDirectory(Path.Combine(f.Dir, "sub"));
        var folder = f.Run("ingest", "--kind", "register", "sub");
        folder.Exit.Should().Be(2, folder.ToString());
        folder.Out.Should().Contain("sub: a folder");
        var missing = f.Run("ingest", "--kind", "register", "nope.csv");
        missing.Exit.Should().Be(2, missing.ToString());
        missing.Out.Should().Contain("nope.csv: file not found");
        (folder.HasStackTrace || missing.HasStackTrace).Should().BeFalse();
    }
}
