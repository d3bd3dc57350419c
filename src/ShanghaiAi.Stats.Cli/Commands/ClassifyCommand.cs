using System.CommandLine;
using System.Globalization;
using ShanghaiAi.Stats.Classify;
using Spectre.Console;

namespace ShanghaiAi.Stats.Cli.Commands;

/// <summary><c>aistats classify --register FILE --out FILE</c>: classifies a register file under the AI sector classification.</summary>
public static class ClassifyCommand
{
    public static Command Create()
    {
        var register = new Option<FileInfo>("--register") { Description = "Register file (CSV UTF-8/GB18030, XLSX or JSON) 企业名录", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Output CSV: uscc,category,category_l1,secondary_categories,scope_basis,ai_enterprise,confidence,review,evidence", Required = true };
        var warehouse = new Option<FileInfo?>("--warehouse") { Description = "Warehouse whose statisticians' overrides are honoured (optional) 数据仓库" };
        var standard = new Option<DirectoryInfo?>("--standard") { Description = "Folder of another edition of the classification (default: the embedded 2025 edition)" };
        var cmd = new Command("classify", "Classify enterprises under the AI sector statistical classification (人工智能产业统计分类)");
        cmd.Options.Add(register);
        cmd.Options.Add(output);
        cmd.Options.Add(warehouse);
        cmd.Options.Add(standard);
        cmd.SetAction(parse => CliErrors.Run(() =>
        {
            var std = parse.GetValue(standard) is { } dir ? ClassificationStandard.LoadDirectory(dir.FullName) : ClassificationStandard.LoadEmbedded();
            var overrides = parse.GetValue(warehouse) is { } w ? OverrideStore.Current(Warehouse.Warehouse.Open(w.FullName)) : null;
            var outPath = parse.GetValue(output)!.FullName;
            var s = RegisterFileClassification.Run(new Classifier(std), parse.GetValue(register)!.FullName, outPath, overrides);
            Print(s, outPath, std.Edition);
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
        var table = new Table().AddColumn("category").AddColumn(new TableColumn("enterprises").RightAligned());
        foreach (var (code, n) in s.ByCategory)
        {
            table.AddRow(code, n.ToString(c));
        }

        AnsiConsole.Write(table);
        foreach (var u in s.UnknownColumns)
        {
            AnsiConsole.MarkupLine(c, "[yellow]warning:[/] unknown column '{0}' not used", Markup.Escape(u));
        }

        if (s.RejectedFile is not null)
        {
            AnsiConsole.MarkupLine(c, "[yellow]{0} row(s) not classified[/], all listed in {1}:", s.Rejected + s.Duplicates, Markup.Escape(s.RejectedFile));
            foreach (var p in s.Problems.Take(20))
            {
                AnsiConsole.MarkupLine(c, "  {0}", Markup.Escape(p.ToString()));
            }
        }
    }
}
