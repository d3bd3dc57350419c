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

return await root.Parse(args).InvokeAsync();
