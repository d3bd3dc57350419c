using System.CommandLine;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Reference;
using Spectre.Console;

namespace ShanghaiAi.Stats.Cli.Commands;

/// <summary>
/// <c>aistats export --db FILE --vintage ID|--period YYYY-MM --out DIR [--format csv,parquet,arrow,sdmx,xlsx]</c>:
/// writes the outputs of one vintage (open data, monthly return; charts and dashboard on request).
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "Warehouse file (DuckDB) 数据仓库文件", Required = true };
        var vintage = new Option<string?>("--vintage") { Description = "Vintage id, e.g. 2026-09.v2 版本号" };
        var period = new Option<string?>("--period") { Description = "Period YYYY-MM: its latest vintage 报告期" };
        var output = new Option<string>("--out") { Description = "Output folder 输出目录", Required = true };
        var format = new Option<string?>("--format")
        {
            Description = $"Comma-separated: {string.Join(",", ExportRunner.AllFormats)} (default {string.Join(",", ExportRunner.DefaultFormats)})",
        };
        var cmd = new Command("export", "Export the outputs of a vintage 导出: open data, monthly return, charts, dashboard");
        cmd.Options.Add(db);
        cmd.Options.Add(vintage);
        cmd.Options.Add(period);
        cmd.Options.Add(output);
        cmd.Options.Add(format);
        cmd.SetAction(parse => CliErrors.Run(() =>
        {
            var periodText = parse.GetValue(period);
            var request = new ExportRequest(parse.GetValue(db)!, parse.GetValue(vintage),
                periodText is null ? null : Period.Parse(periodText), parse.GetValue(output)!, ExportRunner.ParseFormats(parse.GetValue(format)));
            var result = ExportRunner.Run(request, ReferenceData.Embedded);
            var table = new Table().AddColumn("file").AddColumn("bytes");
            foreach (var f in result.Files)
            {
                table.AddRow(Markup.Escape(f), new FileInfo(f).Length.ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture));
            }

            AnsiConsole.MarkupLine(System.Globalization.CultureInfo.InvariantCulture,
                "Exported vintage [bold]{0}[/] ({1}): {2} cells, {3} suppressed in public outputs",
                Markup.Escape(result.Vintage), result.Period, result.Cells, result.SuppressedCells);
            AnsiConsole.Write(table);
            foreach (var note in result.Skipped)
            {
                AnsiConsole.MarkupLine(System.Globalization.CultureInfo.InvariantCulture, "[yellow]skipped:[/] {0}", Markup.Escape(note));
            }

            return 0;
        }));
        return cmd;
    }
}
