using System.CommandLine;
using System.Globalization;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.ParkIndex;
using ShanghaiAi.Stats.Pipeline;
using ShanghaiAi.Stats.Reference;
using Spectre.Console;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Cli.Commands;

/// <summary>
/// <c>aistats close --period YYYY-MM [--db FILE] [--out DIR] [--settings FILE] [--vintage ID]</c>: closes a period into a
/// new vintage (结账) and writes its indicator tables; with <c>--vintage</c>, writes the files of an existing vintage
/// instead. <c>--settings</c> reads the disclosure thresholds and the other close settings from a JSON file
/// (<see cref="CloseSettingsFile"/>).
/// </summary>
public static class CloseCommand
{
    public static Command Create()
    {
        var period = new Option<string>("--period") { Description = "Period to close, YYYY-MM (报告期)", Required = true };
        var db = new Option<string>("--db") { Description = "Warehouse DuckDB file", DefaultValueFactory = _ => "aistats.duckdb" };
        var outDir = new Option<string?>("--out") { Description = "Output folder (default out/YYYY-MM)" };
        var vintage = new Option<string?>("--vintage") { Description = "Write the files of this existing vintage (e.g. 2026-09.v1) instead of closing again" };
        var settingsFile = new Option<string?>("--settings")
        {
            Description = "JSON file of close settings (thresholds of disclosure control, imputation, 1-2月), keys as in close-summary.json 结账参数",
        };
        var cmd = new Command("close", "Close a period: aggregate, impute, disclosure control, new vintage (期末结账)");
        cmd.Options.Add(period);
        cmd.Options.Add(db);
        cmd.Options.Add(outDir);
        cmd.Options.Add(vintage);
        cmd.Options.Add(settingsFile);
        cmd.SetAction(parse => CliErrors.Run(() =>
        {
            var p = Period.Parse(parse.GetValue(period) ?? string.Empty);
            var dbPath = parse.GetValue(db)!;
            if (!File.Exists(dbPath))
            {
                throw new StatsException($"--db {dbPath}: expected an existing warehouse file, found none");
            }

            var dir = parse.GetValue(outDir) ?? Path.Combine("out", p.ToString());
            var warehouse = StatsWarehouse.Open(dbPath);
            var closer = new PeriodCloser(warehouse, ReferenceData.Embedded, TimeProvider.System);
            if (parse.GetValue(vintage) is { Length: > 0 } v)
            {
                if (!v.StartsWith(p.ToString(), StringComparison.Ordinal))
                {
                    throw new StatsException($"--vintage {v}: expected a vintage of period {p} (e.g. {p}.v1)");
                }

                foreach (var (name, path) in closer.Export(v, dir))
                {
                    AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, "  {0}  {1}", Markup.Escape(name), Markup.Escape(path));
                }

                return 0;
            }

            var settings = parse.GetValue(settingsFile) is { Length: > 0 } f ? CloseSettingsFile.Load(f) : CloseSettings.Default;
            var r = closer.Close(p, settings, dir);
            var parks = ParkIndexRunner.Run(warehouse, ReferenceData.Embedded, p, r.VintageId, dir);
            var outputs = OutputSet.WriteAll(warehouse, r, parks, ReferenceData.Embedded, dir);
            var table = new Table().AddColumns("vintage", "in scope 范围内", "reported 报送", "response % 报送率", "imputed 推算", "follow-up 催报",
                "suppressed 保密 (A/O/T, D, held 延续)", "public 公开");
            table.AddRow(r.VintageId, Num(r.InScope), Num(r.Reported), r.ResponseRate?.ToString("0.0", CultureInfo.InvariantCulture) ?? "",
                Num(r.Imputed), Num(r.FollowUps), $"{Num(r.PrimarySuppressed)}, {Num(r.SecondarySuppressed)}, {Num(r.SuppressedAcrossMonths)}",
                r.PublicReleased ? "yes" : "no (1-2月)");
            AnsiConsole.Write(table);
            foreach (var (name, path) in r.Files)
            {
                AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, "  {0}  {1}", Markup.Escape(name), Markup.Escape(path));
            }

            foreach (var path in parks.Files.All.Concat(outputs.Files.Select(f => Path.Combine(dir, f))))
            {
                AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, "  {0}", Markup.Escape(path));
            }

            return 0;
        }));
        return cmd;
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
