using System.CommandLine;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Outputs;
using ShanghaiAi.Stats.Reference;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Cli.Commands;

/// <summary>
/// <c>aistats export --db FILE --vintage ID|--period YYYY-MM --out DIR</c>: releases one stored vintage again
/// (<see cref="PeriodRelease"/>): the same files, under the same names, as the close wrote.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "Warehouse file (DuckDB) 数据仓库文件", Required = true };
        var vintage = new Option<string?>("--vintage") { Description = "Vintage id, e.g. 2026-09.v2 版本号" };
        var period = new Option<string?>("--period") { Description = "Period YYYY-MM: its latest vintage 报告期" };
        var output = new Option<string>("--out") { Description = "Output folder 输出目录", Required = true };
        var cmd = new Command("export", "Export a vintage 导出: its whole release (public/ and internal/), as the close wrote it");
        cmd.Options.Add(db);
        cmd.Options.Add(vintage);
        cmd.Options.Add(period);
        cmd.Options.Add(output);
        cmd.SetAction(parse => CliErrors.Run(() =>
        {
            var dbPath = parse.GetValue(db)!;
            if (!File.Exists(dbPath))
            {
                throw new StatsException($"--db {dbPath}: expected an existing warehouse file, found none");
            }

            var warehouse = StatsWarehouse.Open(dbPath);
            var asked = parse.GetValue(period) is { } text ? Period.Parse(text) : (Period?)null;
            var id = (parse.GetValue(vintage), asked) switch
            {
                ({ Length: > 0 } v, _) => v,
                (_, { } p) => VintageStore.RequireLatest(warehouse, p).VintageId,
                _ => throw new StatsException("export: expected --vintage ID or --period YYYY-MM, found neither"),
            };
            if (asked is { } want && VintageStore.Get(warehouse, id).Period != want)
            {
                throw new StatsException($"--vintage {id}: expected a vintage of period {want}, found one of {VintageStore.Get(warehouse, id).Period}");
            }

            CloseCommand.Files(new PeriodRelease(warehouse, ReferenceData.Embedded, TimeProvider.System).Release(id, parse.GetValue(output)!));
            return 0;
        }));
        return cmd;
    }
}
