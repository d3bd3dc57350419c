using System.CommandLine;

namespace ShanghaiAi.Stats.Cli.Commands;

/// <summary>Every subcommand of <c>aistats</c>; one file per command.</summary>
public static class CommandCatalogue
{
    public static IEnumerable<Command> All()
    {
        yield return GenerateCommand.Create();
    }
}
