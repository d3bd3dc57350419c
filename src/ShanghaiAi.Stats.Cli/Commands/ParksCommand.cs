using System.CommandLine;
using System.Globalization;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.ParkIndex;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;
using Spectre.Console;

namespace ShanghaiAi.Stats.Cli.Commands;

/// <summary>
/// <c>aistats parks --period YYYY-MM [--db FILE] [--out DIR] [--vintage ID]</c>: the park intelligence index of a
/// closed period (latest vintage by default). The index is part of the release, so this releases the vintage
/// (<see cref="PeriodRelease"/>: park-scores.csv, chart data and explanations among the rest) and prints the ranking.
/// </summary>
public static class ParksCommand
{
    public static Command Create()
    {
        var period = new Option<string>("--period") { Description = "Period YYYY-MM (报告期)", Required = true };
        var db = new Option<string>("--db") { Description = "Warehouse file (DuckDB)", DefaultValueFactory = _ => "aistats.duckdb" };
        var outDir = new Option<string>("--out") { Description = "Output folder", DefaultValueFactory = _ => "out" };
        var vintage = new Option<string?>("--vintage") { Description = "Vintage id (default: latest vintage of the period)" };
        var runs = new Option<int?>("--runs") { Description = "Monte Carlo runs (default: the method's, 1000)" };
        var seed = new Option<ulong?>("--seed") { Description = "Monte Carlo seed (default: the method's)" };
        var cmd = new Command("parks", "Park intelligence index: scores, rank intervals, explanations (园区智能化水平评价)");
        cmd.Options.Add(period);
        cmd.Options.Add(db);
        cmd.Options.Add(outDir);
        cmd.Options.Add(vintage);
        cmd.Options.Add(runs);
        cmd.Options.Add(seed);
        cmd.SetAction(parse => CliErrors.Run(() =>
        {
            var p = Period.Parse(parse.GetValue(period)!);
            var path = parse.GetValue(db)!;
            if (!File.Exists(path))
            {
                throw new StatsException($"{path}: warehouse file not found (expected a DuckDB file written by aistats ingest/close)");
            }

            if (parse.GetValue(runs) is { } r && r < 1)
            {
                throw new StatsException($"--runs: expected an integer >= 1, found {r.ToString(CultureInfo.InvariantCulture)}");
            }

            var warehouse = StatsWarehouse.Open(path);
            var v = parse.GetValue(vintage) ?? ParkIndexInputs.LatestVintage(warehouse, p);
            ParkIndexInputs.RequireVintage(warehouse, p, v);
            var release = new PeriodRelease(warehouse, ReferenceData.Embedded, TimeProvider.System).Release(v, parse.GetValue(outDir)!,
                new ReleaseOptions(Parks: new ParkIndexOptions(Runs: parse.GetValue(runs), Seed: parse.GetValue(seed))));
            Print(release.Parks);
            CloseCommand.Files(release);
            return 0;
        }));
        return cmd;
    }

    private static void Print(ParkIndexResult result)
    {
        var table = new Table().Title(string.Create(CultureInfo.InvariantCulture,
            $"园区智能化指数 Park intelligence index {result.Period} ({result.VintageId}, method {result.MethodVersion})"));
        table.AddColumns("rank", "park", "score", "P5-P95", "flags");
        foreach (var s in result.Scores.OrderBy(s => s.Rank ?? int.MaxValue))
        {
            table.AddRow(
                s.Rank?.ToString(CultureInfo.InvariantCulture) ?? "—",
                Markup.Escape(s.NameZh),
                s.Score?.ToString("0.0", CultureInfo.InvariantCulture) ?? "—",
                s.RankP05 is { } lo ? string.Create(CultureInfo.InvariantCulture, $"{lo}-{s.RankP95}") : "—",
                Markup.Escape(string.Join(' ', s.Flags)));
        }

        AnsiConsole.Write(table);
    }
}
