using System.CommandLine;
using System.Reflection;

namespace ShanghaiAi.Stats.Cli.Commands;

/// <summary>
/// Every subcommand of <c>aistats</c>: each lives in its own file as a static class named <c>XxxCommand</c> with a
/// <c>public static Command Create()</c>; they are listed in name order.
/// </summary>
public static class CommandCatalogue
{
    public static IEnumerable<Command> All()
        => typeof(CommandCatalogue).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true, Namespace: "ShanghaiAi.Stats.Cli.Commands" }
                        && t.Name.EndsWith("Command", StringComparison.Ordinal))
            .Select(t => t.GetMethod("Create", BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes))
            .Where(m => m is not null && m.ReturnType == typeof(Command))
            .Select(m => (Command)m!.Invoke(null, null)!)
            .OrderBy(c => c.Name, StringComparer.Ordinal);
}
