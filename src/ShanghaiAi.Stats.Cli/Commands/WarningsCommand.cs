using System.CommandLine;
using System.Globalization;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;
using Spectre.Console;

namespace ShanghaiAi.Stats.Cli.Commands;

/// <summary>
/// <c>aistats warnings [--db FILE] [--upload ID] [--all]</c> lists soft-rule warnings awaiting a statistician;
/// <c>aistats warnings confirm|send-back --upload ID --row N --rule ID --by NAME [--note TEXT]</c> decides one.
/// </summary>
public static class WarningsCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "Warehouse DuckDB file", DefaultValueFactory = _ => "aistats.duckdb" };
        var upload = new Option<string?>("--upload") { Description = "Only this upload id" };
        var all = new Option<bool>("--all") { Description = "Also warnings already decided" };
        var wait = WarehouseAccess.WaitOption();
        var cmd = new Command("warnings", "Soft-rule warnings to confirm or send back (软性审核提示: 确认或退回)");
        cmd.Options.Add(db);
        cmd.Options.Add(upload);
        cmd.Options.Add(all);
        cmd.Options.Add(wait);
        cmd.SetAction(pr => CliErrors.Run(() =>
        {
            using var access = Open(pr.GetValue(db)!, pr.GetValue(wait));
            var list = WarningReview.List(access.Warehouse, pr.GetValue(upload), pr.GetValue(all));
            var table = new Table().AddColumns("upload", "file 文件", "row 行", "rule 规则", "message 提示", "decision 处理");
            foreach (var w in list)
            {
                table.AddRow(w.UploadId, Markup.Escape(w.FileName), w.Row.ToString(CultureInfo.InvariantCulture), w.RuleId,
                    Markup.Escape(w.MessageZh + "\n" + w.MessageEn), w.Decision ?? "open 待处理");
            }

            AnsiConsole.Write(table);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{list.Count} warning(s)"));
            return 0;
        }));
        cmd.Subcommands.Add(Decide("confirm", WarningDecision.Confirmed, "Confirm the reported value (确认数据无误)", db, wait));
        cmd.Subcommands.Add(Decide("send-back", WarningDecision.SentBack, "Send the row back for correction (退回修改)", db, wait));
        return cmd;
    }

    private static Command Decide(string name, string decision, string description, Option<string> db, Option<double> wait)
    {
        var upload = new Option<string>("--upload") { Description = "Upload id", Required = true };
        var row = new Option<int>("--row") { Description = "Row number in the uploaded file", Required = true };
        var rule = new Option<string>("--rule") { Description = "Rule id, e.g. AI1-S02", Required = true };
        var by = new Option<string>("--by") { Description = "Who decides (statistician)", Required = true };
        var note = new Option<string?>("--note") { Description = "Reason or instruction to the reporter" };
        var cmd = new Command(name, description);
        foreach (var o in new Option[] { db, upload, row, rule, by, note, wait })
        {
            cmd.Options.Add(o);
        }

        cmd.SetAction(pr => CliErrors.Run(() =>
        {
            var d = new WarningDecision(pr.GetValue(upload)!, pr.GetValue(row), pr.GetValue(rule)!, decision, pr.GetValue(by)!, pr.GetValue(note));
            using var access = Open(pr.GetValue(db)!, pr.GetValue(wait));
            WarningReview.Decide(access.Warehouse, d, TimeProvider.System);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{d.UploadId} row {d.Row} {d.RuleId}: {decision}"));
            return 0;
        }));
        return cmd;
    }

    private static WarehouseAccess Open(string path, double wait)
        => File.Exists(path) ? WarehouseAccess.Open(path, wait, TimeProvider.System) : throw new StatsException($"--db {path}: expected an existing warehouse file, found none");
}
