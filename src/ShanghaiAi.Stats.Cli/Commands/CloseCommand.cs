using System.CommandLine;
using System.Globalization;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Reference;
using Spectre.Console;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Cli.Commands;

/// <summary>
/// <c>aistats close --period YYYY-MM [--db FILE] [--out DIR] [--settings FILE] [--vintage ID]</c>: closes a period into a
/// new vintage (结账) and releases it (<see cref="PeriodRelease"/>: <c>public/</c> and <c>internal/</c> under the output
/// folder); with <c>--vintage</c>, releases an existing vintage again instead. When the latest vintage of the period
/// was stored but its release did not finish, it completes that release instead of closing again. A period without
/// reports or with nothing in scope is refused (exit 2). <c>--settings</c> reads the disclosure thresholds and the other close settings from a JSON file
/// (<see cref="CloseSettingsFile"/>).
/// </summary>
public static class CloseCommand
{
    public static Command Create()
    {
        var period = new Option<string>("--period") { Description = "Period to close, YYYY-MM (报告期)", Required = true };
        var db = new Option<string>("--db") { Description = "Warehouse DuckDB file", DefaultValueFactory = _ => "aistats.duckdb" };
        var outDir = new Option<string?>("--out") { Description = "Output folder (default out/YYYY-MM)" };
        var vintage = new Option<string?>("--vintage") { Description = "Release this existing vintage (e.g. 2026-09.v1) again instead of closing again" };
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
            var release = new PeriodRelease(warehouse, ReferenceData.Embedded, TimeProvider.System);
            if (parse.GetValue(vintage) is { Length: > 0 } v)
            {
                if (!v.StartsWith(p.ToString(), StringComparison.Ordinal))
                {
                    throw new StatsException($"--vintage {v}: expected a vintage of period {p} (e.g. {p}.v1)");
                }

                Files(release.Release(v, dir));
                return 0;
            }

            if (VintageStore.Latest(warehouse, p) is { IsReleased: false } unfinished)
            {
                // A close whose release did not finish (killed while writing): complete that vintage, not a new one.
                AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, "vintage {0} was stored but its release did not finish: releasing it now 补全发布",
                    Markup.Escape(unfinished.VintageId));
                Files(release.Release(unfinished.VintageId, dir));
                return 0;
            }

            var settings = parse.GetValue(settingsFile) is { Length: > 0 } f ? CloseSettingsFile.Load(f) : CloseSettings.Default;
            var r = new PeriodCloser(warehouse, ReferenceData.Embedded, TimeProvider.System).Close(p, settings);
            var released = release.Release(r, dir);
            var table = new Table().AddColumns("vintage", "in scope 范围内", "reported 报送", "response % 报送率", "imputed 推算", "follow-up 催报",
                "suppressed 保密 (A/O/T, D, held 延续)", "public 公开");
            table.AddRow(r.VintageId, Num(r.InScope), Num(r.Reported), r.ResponseRate?.ToString("0.0", CultureInfo.InvariantCulture) ?? "",
                Num(r.Imputed), Num(r.FollowUps), $"{Num(r.PrimarySuppressed)}, {Num(r.SecondarySuppressed)}, {Num(r.SuppressedAcrossMonths)}",
                r.PublicReleased ? "yes" : "no (1-2月)");
            AnsiConsole.Write(table);
            Files(released);
            return 0;
        }));
        return cmd;
    }

    /// <summary>Prints the files of a release, public part first.</summary>
    internal static void Files(ReleaseResult release)
    {
        foreach (var f in release.Files)
        {
            AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, "  {0}", Markup.Escape(Path.Combine(release.OutDir, f)));
        }

        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, "released {0}: publish {1} only; {2} is internal",
            Markup.Escape(release.VintageId), Markup.Escape(Path.Combine(release.OutDir, ReleaseLayout.Public)),
            Markup.Escape(Path.Combine(release.OutDir, ReleaseLayout.Internal)));
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
