using System.CommandLine;
using System.Globalization;
using System.Text;
using ShanghaiAi.Stats.Cli.Commands;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("aistats — Shanghai AI sector statistics (上海市人工智能产业统计)");
foreach (var command in CommandCatalogue.All())
{
    root.Subcommands.Add(command);
}

// One line for every error, never a stack trace: the commands map errors to the exit-code policy of CliErrors, and
// anything that escapes them is reported the same way.
try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    return CliErrors.Report(e);
}
