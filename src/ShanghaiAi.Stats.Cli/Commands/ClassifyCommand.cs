using System.CommandLine;
using System.Globalization;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Pipeline;
using Spectre.Console;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Cli.Commands;

/// <summary><c>aistats classify --register FILE --out FILE</c>: classifies a register file under the AI sector classification.</summary>
public static class ClassifyCommand
{
    public static Command Create()
    {
        var register = new Option<FileInfo?>("--register") { Description = "Register file (CSV UTF-8/GB18030, XLSX, XLS or JSON) to classify 企业名录" };
        var output = new Option<FileInfo?>("--out") { Description = "Output CSV: uscc,category,category_l1,secondary_categories,scope_basis,ai_enterprise,confidence,review,evidence" };
        var warehouse = new Option<FileInfo?>("--warehouse") { Description = "Warehouse: its overrides are honoured; without --register, its current register is classified into table classifications 数据仓库" };
        var import = new Option<FileInfo?>("--import-overrides") { Description = "CSV of statisticians' decisions (uscc,category,reason,decided_by[,decided_at]) to record in --warehouse first 人工复核结果" };
        var standard = new Option<DirectoryInfo?>("--standard") { Description = "Folder of another edition of the classification (default: the embedded 2025 edition)" };
        var cmd = new Command("classify", "Classify enterprises under the AI sector statistical classification (人工智能产业统计分类)");
        cmd.Options.Add(register);
        cmd.Options.Add(output);
        cmd.Options.Add(warehouse);
        cmd.Options.Add(import);
        cmd.Options.Add(standard);
        cmd.SetAction(parse => CliErrors.Run(() =>
        {
            var std = parse.GetValue(standard) is { } dir ? ClassificationStandard.LoadDirectory(dir.FullName) : ClassificationStandard.LoadEmbedded();
            var w = parse.GetValue(warehouse) is { } wf ? StatsWarehouse.Open(wf.FullName) : null;
            if (parse.GetValue(import) is { } overridesFile)
            {
                var n = OverrideFile.Import(w ?? throw new Common.StatsException("--import-overrides: expected --warehouse to record the decisions in, found none"),
                    overridesFile.FullName, ClassificationStandard.LoadEmbedded(), TimeProvider.System);
                AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, "Recorded {0} override(s) from {1}", n, Markup.Escape(overridesFile.Name));
            }

            if (parse.GetValue(register) is { } reg)
            {
                var outPath = (parse.GetValue(output) ?? throw new Common.StatsException("--out: expected the output CSV for --register, found none")).FullName;
                var s = RegisterFileClassification.Run(new Classifier(std), reg.FullName, outPath, w is null ? null : new ClassificationStore(w).CurrentOverrides());
                Print(s, outPath, std.Edition);
                return 0;
            }

            if (w is null)
            {
                throw new Common.StatsException("classify: expected --register FILE --out FILE, or --warehouse FILE, found neither");
            }

            var classifier = new Classifier(std);
            var run = new ClassificationStore(w).Reclassify(classifier, TimeProvider.System.GetUtcNow());
            AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, "Classified {0} enterprises of the current register (edition {1}): in scope {2}, AI enterprises {3}, review {4}, overridden {5}",
                run.Classified, run.Edition, run.InScope, run.AiEnterprises, run.Review, run.Overridden);
            PrintCategories(run.ByCategory);
            return 0;
        }));
        return cmd;
    }

    private static void Print(FileClassificationSummary s, string outPath, string edition)
    {
        var c = CultureInfo.InvariantCulture;
        AnsiConsole.MarkupLine(c, "Classified [bold]{0}[/] of {1} rows (edition {2}) -> {3}", s.Classified, s.DataRows, edition, Markup.Escape(outPath));
        AnsiConsole.MarkupLine(c, "classified {0} + rejected {1} + duplicates {2} = data rows {3}", s.Classified, s.Rejected, s.Duplicates, s.DataRows);
        AnsiConsole.MarkupLine(c, "in scope {0}, AI enterprises {1}, review {2}, overridden {3}", s.InScope, s.AiEnterprises, s.Review, s.Overridden);
        PrintCategories(s.ByCategory);
        foreach (var u in s.UnknownColumns)
        {
            AnsiConsole.MarkupLine(c, "[yellow]warning:[/] unknown column '{0}' not used", Markup.Escape(u));
        }

        if (s.RejectedFile is not null)
        {
            AnsiConsole.MarkupLine(c, "[yellow]{0} row(s) not classified[/], all listed in {1}:", s.Rejected + s.Duplicates, Markup.Escape(s.RejectedFile));
            foreach (var p in s.Problems.Take(20))
            {
                AnsiConsole.MarkupLine(c, "  {0}", Markup.Escape(s.Describe(p)));
            }
        }
    }

    private static void PrintCategories(IReadOnlyDictionary<string, int> byCategory)
    {
        var table = new Table().AddColumn("category").AddColumn(new TableColumn("enterprises").RightAligned());
        foreach (var (code, n) in byCategory)
        {
            table.AddRow(code, n.ToString(CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
    }
}
