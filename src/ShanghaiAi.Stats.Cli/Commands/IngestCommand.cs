using System.CommandLine;
using System.Globalization;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Cli.Commands;

/// <summary><c>aistats ingest --kind KIND FILE [--as ROLE:ID] [--db FILE] [--report DIR] [--sheet NAME]</c>.
/// Exit 0 when the file was processed (even with rejected rows), 2 when the file itself cannot be used.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var kind = new Option<string>("--kind") { Description = "register | member-roster | monthly-report | park-report", Required = true };
        var file = new Argument<string>("file") { Description = "The CSV, XLSX, XLS or JSON file to ingest" };
        var who = new Option<string>("--as") { Description = "The caller: ROLE:ID, e.g. association:A01 (default statistician:local)", DefaultValueFactory = _ => "statistician:local" };
        var db = new Option<string>("--db") { Description = "The warehouse file", DefaultValueFactory = _ => "aistats.duckdb" };
        var report = new Option<string?>("--report") { Description = "Folder of the validation reports (default reports/ beside the db)" };
        var sheet = new Option<string?>("--sheet") { Description = "XLSX sheet to read (default: the first sheet with a header row)" };
        var cmd = new Command("ingest", "Validate and load an upload (上传数据校验入库)");
        cmd.Options.Add(kind);
        cmd.Options.Add(who);
        cmd.Options.Add(db);
        cmd.Options.Add(report);
        cmd.Options.Add(sheet);
        cmd.Arguments.Add(file);
        cmd.SetAction(parse => CliErrors.Run(() =>
        {
            var (role, actor) = ParseCaller(parse.GetValue(who)!);
            var dbPath = parse.GetValue(db)!;
            var warehouse = StatsWarehouse.Open(dbPath);
            var service = new IngestService(warehouse, ReferenceData.Embedded, TimeProvider.System, IngestOptions.ForDatabase(dbPath));
            var r = service.Ingest(new IngestRequest(parse.GetValue(kind)!, parse.GetValue(file)!, role, actor, parse.GetValue(report), parse.GetValue(sheet)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"accepted {r.Accepted}, rejected {r.Rejected}, duplicates {r.Duplicates}, rows {r.DataRows}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warnings {r.Warnings}, upload {r.UploadId}{(r.Replayed ? " (already ingested: earlier result)" : string.Empty)}"));
            Console.WriteLine($"report: {r.JsonReportPath}");
            Console.WriteLine($"report: {r.XlsxReportPath}");
            return 0;
        }));
        return cmd;
    }

    private static (string Role, string Actor) ParseCaller(string text)
    {
        var i = text.IndexOf(':', StringComparison.Ordinal);
        if (i <= 0 || i == text.Length - 1)
        {
            throw new StatsException($"--as: expected ROLE:ID (e.g. association:A01), found '{text}'");
        }

        return (text[..i].Trim(), text[(i + 1)..].Trim());
    }
}
