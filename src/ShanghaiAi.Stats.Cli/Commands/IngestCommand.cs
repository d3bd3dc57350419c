using System.CommandLine;
using System.Globalization;
using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Cli.Commands;

/// <summary><c>aistats ingest --kind KIND FILE [--as ROLE:ID] [--db FILE] [--report DIR] [--sheet NAME] [--wait S]</c>.
/// Exit 0 when every row was accepted, 1 when the file was processed with rejected rows (the report lists them), 2 when
/// the file or the warehouse cannot be used (see <see cref="CliErrors"/>).</summary>
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
        var wait = WarehouseAccess.WaitOption();
        var verbose = new Option<bool>("--verbose") { Description = "Print where the time went, stage by stage, on stderr (各阶段耗时)" };
        var progress = new Option<bool?>("--progress") { Description = "Print the rows read so far, once a second, on stderr (进度); default: on when stderr is a terminal" };
        var cmd = new Command("ingest", "Validate and load an upload (上传数据校验入库)");
        cmd.Options.Add(kind);
        cmd.Options.Add(who);
        cmd.Options.Add(db);
        cmd.Options.Add(report);
        cmd.Options.Add(sheet);
        cmd.Options.Add(wait);
        cmd.Options.Add(verbose);
        cmd.Options.Add(progress);
        cmd.Arguments.Add(file);
        cmd.SetAction(parse => CliErrors.Run(() =>
        {
            var caller = Caller.Parse(parse.GetValue(who)!);
            var dbPath = parse.GetValue(db)!;
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new StatsException(Directory.Exists(path) ? $"{path}: a folder; expected a file to ingest" : $"{path}: file not found");
            }

            var terminal = !Console.IsErrorRedirected;
            var showProgress = parse.GetValue(progress) ?? terminal;
            var stages = parse.GetValue(verbose) || showProgress ? new IngestStages() : null;
            using var progressLine = showProgress ? new IngestProgressLine(stages!, Console.Error, terminal, TimeProvider.System) : null;
            using var access = WarehouseAccess.Open(dbPath, parse.GetValue(wait), TimeProvider.System);
            stages?.Mark("open warehouse, migrations");
            var service = new IngestService(access.Warehouse, ReferenceData.Embedded, TimeProvider.System, IngestOptions.ForDatabase(dbPath)) { Stages = stages };
            stages?.Mark("reference data");
            var r = service.Ingest(new IngestRequest(parse.GetValue(kind)!, path, caller, parse.GetValue(report), parse.GetValue(sheet)));
            progressLine?.Finish();
            if (stages is not null && parse.GetValue(verbose))
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(TimeProvider.System.GetUtcNow() - System.Diagnostics.Process.GetCurrentProcess().StartTime.ToUniversalTime()).TotalMilliseconds,9:F1} ms  since the process started"));
                foreach (var line in stages.Lines())
                {
                    Console.Error.WriteLine(line);
                }
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"accepted {r.Accepted}, rejected {r.Rejected}, duplicates {r.Duplicates}, rows {r.DataRows}"));
            var unchanged = r.Unchanged > 0 ? string.Create(CultureInfo.InvariantCulture, $", unchanged {r.Unchanged} (no new revision)") : string.Empty;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warnings {r.Warnings}{unchanged}, upload {r.UploadId}{(r.Replayed ? " (already ingested: earlier result)" : string.Empty)}"));
            if (r.OutsideAuthority.Count > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"outside the authority of {caller}: {r.OutsideAuthority.Count} rows rejected (rows {string.Join(", ", r.OutsideAuthority.Take(10))}{(r.OutsideAuthority.Count > 10 ? ", ..." : string.Empty)})"));
            }

            Console.WriteLine($"report: {r.JsonReportPath}");
            Console.WriteLine($"report: {r.XlsxReportPath}");
            return r.Rejected > 0 ? CliErrors.RowsRejected : CliErrors.Done;
        }));
        return cmd;
    }
}
