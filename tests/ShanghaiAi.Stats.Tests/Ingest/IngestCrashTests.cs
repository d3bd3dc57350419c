using System.Globalization;
using System.Text;
using ShanghaiAi.Stats.Tests.Cli.Support;
using ShanghaiAi.Stats.Tests.Ingest.Support;

namespace ShanghaiAi.Stats.Tests.Ingest;

/// <summary>
/// Atomicity: the built CLI runs as a child process with the test-only hook AISTATS_FAULT_AFTER_ROWS, which kills it
/// (Environment.FailFast) in the middle of the load transaction. Nothing may be half-loaded, and running the same
/// upload again loads it exactly once.
/// </summary>
public sealed class IngestCrashTests
{
    private static (int Exit, string Out) Cli(string workDir, IDictionary<string, string>? env, params string[] args)
    {
        var r = CliProcess.Run(workDir, env, args);
        return (r.Exit, r.Out);
    }

    private static long Count(string db, string sql) => WarehouseFiles.Count(db, sql);

    private static string Text(string db, string sql) => WarehouseFiles.Text(db, sql)!;

    [Fact]
    public void Ingest_ProcessKilledMidLoad_LeavesNothingHalfLoadedAndRerunLoadsOnce()
    {
        using var bed = new IngestBed();
        var dir = Path.Combine(bed.Dir, "cli");
        Directory.CreateDirectory(dir);
        var db = Path.Combine(dir, "aistats.duckdb");
        var reg = new StringBuilder("uscc,name,district_code,industry_code,business_scope\n");
        var monthly = new StringBuilder(Some.MonthlyHeader).Append('\n');
        for (var i = 1; i <= 300; i++)
        {
            reg.Append(CultureInfo.InvariantCulture, $"{Some.Uscc(i)},企业{i},310115,6513,软件\n");
            monthly.Append(Some.MonthlyRow(Some.Uscc(i), "2026-09")).Append('\n');
        }

        File.WriteAllText(Path.Combine(dir, "reg.csv"), reg.ToString());
        File.WriteAllText(Path.Combine(dir, "m.csv"), monthly.ToString());
        var fault = new Dictionary<string, string> { ["AISTATS_FAULT_AFTER_ROWS"] = "100" };

        // The register load is killed after 100 of 300 rows: no register row survives.
        var crashReg = Cli(dir, fault, "ingest", "--kind", "register", "reg.csv", "--db", db);
        crashReg.Exit.Should().NotBe(0).And.NotBe(2, crashReg.Out);
        Count(db, "SELECT count(*) FROM register").Should().Be(0);
        Text(db, "SELECT status FROM uploads").Should().Be("received");

        var reg1 = Cli(dir, null, "ingest", "--kind", "register", "reg.csv", "--db", db);
        reg1.Exit.Should().Be(0, reg1.Out);
        reg1.Out.Should().Contain("accepted 300, rejected 0, duplicates 0, rows 300");

        // The monthly load is killed after 100 staged rows: nothing in reports, the upload can be re-run from the archive.
        var crash = Cli(dir, fault, "ingest", "--kind", "monthly-report", "m.csv", "--db", db);
        crash.Exit.Should().NotBe(0).And.NotBe(2, crash.Out);
        crash.Out.Should().Contain("AISTATS_FAULT_AFTER_ROWS");
        Count(db, "SELECT count(*) FROM reports").Should().Be(0);
        Text(db, "SELECT status FROM uploads WHERE kind = 'monthly-report'").Should().Be("received");
        File.Exists(Text(db, "SELECT archive_path FROM uploads WHERE kind = 'monthly-report'")).Should().BeTrue();

        var run = Cli(dir, null, "ingest", "--kind", "monthly-report", "m.csv", "--db", db);
        run.Exit.Should().Be(0, run.Out);
        run.Out.Should().Contain("accepted 300, rejected 0, duplicates 0, rows 300");
        var again = Cli(dir, null, "ingest", "--kind", "monthly-report", "m.csv", "--db", db);
        again.Exit.Should().Be(0, again.Out);
        again.Out.Should().Contain("accepted 300, rejected 0, duplicates 0, rows 300").And.Contain("already ingested");

        Count(db, "SELECT count(*) FROM reports").Should().Be(300);
        Count(db, "SELECT count(DISTINCT uscc) FROM reports WHERE revision = 1 AND superseded_at IS NULL").Should().Be(300);
        Count(db, "SELECT count(*) FROM uploads").Should().Be(2);
        Count(db, "SELECT count(*) FROM uploads WHERE status = 'loaded' AND accepted + rejected + duplicates = data_rows").Should().Be(2);
        File.Exists(Path.Combine(dir, "reports", Text(db, "SELECT upload_id FROM uploads WHERE kind = 'monthly-report'") + ".validation.xlsx")).Should().BeTrue();
    }

    [Fact]
    public void Cli_FileThatCannotBeUsed_ExitsTwoWithTheReason()
    {
        using var bed = new IngestBed();
        var dir = Path.Combine(bed.Dir, "cli");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "empty.csv"), string.Empty);
        var r = Cli(dir, null, "ingest", "--kind", "monthly-report", "empty.csv");
        r.Exit.Should().Be(2);
        r.Out.Should().Contain("empty.csv").And.Contain("FILE-F01");
        File.Exists(Path.Combine(dir, "aistats.duckdb")).Should().BeTrue("the default --db is aistats.duckdb in the current folder");
        Directory.EnumerateFiles(Path.Combine(dir, "archive"), "*", SearchOption.AllDirectories).Should().ContainSingle();
    }
}
