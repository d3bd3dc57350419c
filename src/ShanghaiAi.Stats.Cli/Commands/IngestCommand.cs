using System.CommandLine;
using System.Globalization;
using ShanghaiAi.Stats.Access;
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
        var who = new Option<string>("--as") { Description = "The caller: statistician, or ROLE:ID with ROLE association, park or enterprise, e.g. association:sh-ai-industry-association (default statistician); what each may upload: src/ShanghaiAi.Stats/Access/README.md", DefaultValueFactory = _ => "statistician" };
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
            var caller = Caller.Parse(parse.GetValue(who)!);
            var dbPath = parse.GetValue(db)!;
            var warehouse = StatsWarehouse.Open(dbPath);
            var service = new IngestService(warehouse, ReferenceData.Embedded, TimeProvider.System, IngestOptions.ForDatabase(dbPath));
            var r = service.Ingest(new IngestRequest(parse.GetValue(kind)!, parse.GetValue(file)!, caller, parse.GetValue(report), parse.GetValue(sheet)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"accepted {r.Accepted}, rejected {r.Rejected}, duplicates {r.Duplicates}, rows {r.DataRows}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warnings {r.Warnings}, upload {r.UploadId}{(r.Replayed ? " (already ingested: earlier result)" : string.Empty)}"));
            if (r.OutsideAuthority.Count > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"outside the authority of {caller}: {r.OutsideAuthority.Count} rows rejected (rows {string.Join(", ", r.OutsideAuthority.Take(10))}{(r.OutsideAuthority.Count > 10 ? ", ..." : string.Empty)})"));
            }

            Console.WriteLine($"report: {r.JsonReportPath}");
            Console.WriteLine($"report: {r.XlsxReportPath}");
            return 0;
        }));
        return cmd;
    }
}
