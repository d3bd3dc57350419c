using System.CommandLine;
using System.Globalization;
using ShanghaiAi.Stats.Close;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Pipeline;
using ShanghaiAi.Stats.Reference;
using Spectre.Console;

namespace ShanghaiAi.Stats.Cli.Commands;

/// <summary><c>aistats demo</c>: the whole pipeline on synthetic data, with progress bars and a closing summary.</summary>
public static class DemoCommand
{
    private static readonly string[] Steps = ["generate", "ingest", "classify", "close", "parks", "outputs"];

    private static readonly Dictionary<string, string> StepLabels = new(StringComparer.Ordinal)
    {
        ["generate"] = "生成合成数据 generate",
        ["ingest"] = "上传校验入库 ingest",
        ["classify"] = "行业分类 classify",
        ["close"] = "月度结账 close",
        ["parks"] = "园区指数 parks",
        ["outputs"] = "输出报表 outputs",
    };

    public static Command Create()
    {
        var outOpt = new Option<string>("--out") { Description = "Output folder (输出目录)", DefaultValueFactory = _ => "out/demo" };
        var enterprises = new Option<int>("--enterprises") { Description = "Enterprises to generate", DefaultValueFactory = _ => 2000 };
        var months = new Option<int>("--months") { Description = "Months of reports", DefaultValueFactory = _ => 36 };
        var end = new Option<string?>("--end") { Description = "Latest month YYYY-MM (default: last month)" };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 20250 };
        var trend = new Option<int?>("--trend-months") { Description = "Months closed for the trend charts (default: every generated month)" };
        var verbose = new Option<bool>("--verbose") { Description = "Print the time of each stage (ingest per kind, close stages, release)" };
        var cmd = new Command("demo", "Run the whole pipeline on synthetic data (演示: 生成→上传→分类→结账→输出)");
        foreach (var o in new Option[] { outOpt, enterprises, months, end, seed, trend, verbose })
        {
            cmd.Options.Add(o);
        }

        cmd.SetAction(pr => CliErrors.Run(() =>
        {
            var endText = pr.GetValue(end);
            var options = new DemoOptions(pr.GetValue(outOpt)!, pr.GetValue(enterprises), pr.GetValue(months),
                endText is null ? null : Period.Parse(endText), pr.GetValue(seed), pr.GetValue(trend));
            var result = RunWithProgress(options);
            Summarise(result);
            if (pr.GetValue(verbose))
            {
                PrintStages(result);
            }

            return 0;
        }));
        return cmd;
    }

    private static DemoResult RunWithProgress(DemoOptions options)
    {
        var pipeline = new DemoPipeline(ReferenceData.Embedded, TimeProvider.System);
        if (Console.IsOutputRedirected)
        {
            var lastStep = string.Empty;
            return pipeline.Run(options, new Progress(s =>
            {
                if (s.Done == s.Total && s.Name != lastStep)
                {
                    lastStep = s.Name;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done: {StepLabels[s.Name]}"));
                }
            }));
        }

        DemoResult? result = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var tasks = Steps.ToDictionary(s => s, s => ctx.AddTask(StepLabels[s], autoStart: false, maxValue: 1), StringComparer.Ordinal);
                result = pipeline.Run(options, new Progress(s =>
                {
                    var t = tasks[s.Name];
                    if (!t.IsStarted)
                    {
                        t.StartTask();
                    }

                    t.MaxValue = Math.Max(1, s.Total);
                    t.Value = s.Done;
                    if (s.Done >= s.Total)
                    {
                        t.StopTask();
                    }
                }));
            });
        return result!;
    }

    private static void Summarise(DemoResult r)
    {
        var inv = CultureInfo.InvariantCulture;
        var table = new Table().Title($"上海市人工智能产业统计 demo — {r.Period.YtdLabelZh} (synthetic data 合成数据)")
            .AddColumn("item 项目").AddColumn(new TableColumn("value 数值").RightAligned());
        table.AddRow("uploads 上传文件", r.Uploads.Count.ToString("N0", inv));
        table.AddRow("rows ingested 行数", r.RowsIngested.ToString("N0", inv));
        table.AddRow("accepted 接受", r.RowsAccepted.ToString("N0", inv));
        table.AddRow("rejected 拒绝", r.RowsRejected.ToString("N0", inv));
        table.AddRow("duplicates 重复", r.RowsDuplicated.ToString("N0", inv));
        table.AddRow("enterprises classified 已分类企业", r.Classification.Classified.ToString("N0", inv));
        table.AddRow("in AI sector 人工智能产业", r.Classification.InScope.ToString("N0", inv));
        table.AddRow("AI enterprises (>=30%) 核心企业", r.Classification.AiEnterprises.ToString("N0", inv));
        table.AddRow("for review 待复核", r.Classification.Review.ToString("N0", inv));
        table.AddRow("vintage 版本", Markup.Escape(r.Close.VintageId));
        table.AddRow("reported / in scope 报送/应报", string.Create(inv, $"{r.Close.Reported:N0} / {r.Close.InScope:N0}"));
        AnsiConsole.Write(table);

        var reference = ReferenceData.Embedded;
        var cats = new Table().Title("enterprises by category 按类别企业数").AddColumn("code").AddColumn("类别 category")
            .AddColumn(new TableColumn("n").RightAligned());
        foreach (var (code, n) in r.Classification.ByCategory.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var c = reference.CategoriesByCode.GetValueOrDefault(code);
            cats.AddRow(code, Markup.Escape(c is null ? code : $"{c.NameZh} {c.NameEn}"), n.ToString("N0", inv));
        }

        AnsiConsole.Write(cats);

        var head = new Table().Title("headline indicators 主要指标 (total 合计)").AddColumn("indicator 指标")
            .AddColumn(new TableColumn("本月 month").RightAligned()).AddColumn(new TableColumn("1-本月累计 YTD").RightAligned())
            .AddColumn(new TableColumn("同比% YoY").RightAligned()).AddColumn("unit 单位").AddColumn("status");
        foreach (var code in new[] { "revenue", "ai_revenue", "profit", "rd_expense", "employees", "ai_revenue_share", "enterprises_in_scope", "response_rate" })
        {
            var cell = r.Close.Cells.FirstOrDefault(c => c.IndicatorCode == code && c.Breakdown == "total");
            if (cell is null)
            {
                continue;
            }

            var ind = reference.IndicatorByCode(code);
            head.AddRow(Markup.Escape($"{ind.NameZh} {ind.NameEn}"), Num(cell.Value), Num(cell.ValueYtd), Num(cell.YoyPct),
                Markup.Escape(cell.Unit), $"{cell.ObsStatus}/{cell.ConfStatus}");
        }

        AnsiConsole.Write(head);
        var timings = string.Join(", ", r.Timings.Select(t => string.Create(inv, $"{t.Key} {t.Value.TotalSeconds:0.0}s")));
        AnsiConsole.MarkupLine(inv, "[green]outputs 输出[/]: {0}", Markup.Escape(r.OutDir));
        AnsiConsole.MarkupLine(inv, "timings: {0}", Markup.Escape(timings));
    }

    /// <summary>The stages of the run, for profiling: the main ones, then the finer ones (ingest per kind, close stages).</summary>
    private static void PrintStages(DemoResult r)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"stages (closes: {r.Closes}):"));
        foreach (var (name, t) in r.Timings.Concat(r.Stages))
        {
            Console.WriteLine(string.Create(inv, $"  {name,-28} {t.TotalSeconds,8:0.000} s"));
        }
    }

    private static string Num(decimal? v) => v is null ? "…" : v.Value.ToString("N1", CultureInfo.InvariantCulture);

    private sealed class Progress(Action<DemoStep> report) : IProgress<DemoStep>
    {
        public void Report(DemoStep value) => report(value);
    }
}
