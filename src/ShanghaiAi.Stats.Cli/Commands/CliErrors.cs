using ShanghaiAi.Stats.Common;
using Spectre.Console;

namespace ShanghaiAi.Stats.Cli.Commands;

/// <summary>Runs a command body: a <see cref="StatsException"/> prints its message and exits 2.</summary>
public static class CliErrors
{
    public const int BadInput = 2;

    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (StatsException e)
        {
            AnsiConsole.MarkupLine(System.Globalization.CultureInfo.InvariantCulture, "[red]error:[/] {0}", Markup.Escape(e.Message));
            return BadInput;
        }
    }
}
