using System.Text.Json;
using ShanghaiAi.Stats.Tests.Cli.Support;

namespace ShanghaiAi.Stats.Tests.Cli;

/// <summary>The validation report and the upload's status agree whatever moment the process is killed (FailFast, like
/// kill -9): report files appear only once the status they state is committed, and a later run completes them.</summary>
public sealed class CliCrashReportTests
{
    private static Dictionary<string, string> Fault(string point) => new() { ["AISTATS_FAULT_AT"] = point };

    /// <summary>Every final JSON report in reports/ states its upload's committed status.</summary>
    private static void ReportsAgree(CliFolder f)
    {
        foreach (var json in Directory.EnumerateFiles(Path.Combine(f.Dir, "reports"), "*.validation.json"))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(json));
            var id = doc.RootElement.GetProperty("upload_id").GetString();
            var stated = doc.RootElement.GetProperty("status").GetString();
            WarehouseFiles.Text(f.Db, $"SELECT status FROM uploads WHERE upload_id = '{id}'").Should().Be(stated, json);
        }
    }

    [Theory]
    [InlineData("before-commit", "received")]
    [InlineData("after-commit", "loaded")]
    public void Ingest_KilledAroundTheCommit_StatusAndReportAgree(string point, string status)
    {
        using var f = new CliFolder();
        f.LoadRegister();
        var file = f.Monthly("m.csv", "2026-09");
        var crash = f.Run(Fault(point), "ingest", "--kind", "monthly-report", file);
        crash.Exit.Should().NotBe(0).And.NotBe(2, crash.ToString());
        crash.Out.Should().Contain("AISTATS_FAULT_AT=" + point);
        var id = WarehouseFiles.Text(f.Db, "SELECT upload_id FROM uploads WHERE kind = 'monthly-report'")!;
        WarehouseFiles.Text(f.Db, $"SELECT status FROM uploads WHERE upload_id = '{id}'").Should().Be(status);
        File.Exists(Path.Combine(f.Dir, "reports", id + ".validation.json")).Should().BeFalse("no report states an outcome before it is committed and in place");
        ReportsAgree(f);

        // The next run (the same file again) completes or redoes the upload; its reports are then in place and agree.
        var again = f.Run("ingest", "--kind", "monthly-report", file);
        again.Exit.Should().Be(0, again.ToString());
        again.Out.Should().Contain("accepted 6, rejected 0, duplicates 0, rows 6");
        File.Exists(Path.Combine(f.Dir, "reports", id + ".validation.json")).Should().BeTrue();
        File.Exists(Path.Combine(f.Dir, "reports", id + ".validation.xlsx")).Should().BeTrue();
        Directory.EnumerateFiles(Path.Combine(f.Dir, "reports"), "*.part").Should().BeEmpty();
        ReportsAgree(f);
        WarehouseFiles.Count(f.Db, "SELECT count(*) FROM reports").Should().Be(6);
    }
}
