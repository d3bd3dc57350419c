using System.Reflection;

namespace ShanghaiAi.Stats.Functions.LocalHost;

/// <summary>One function as its attributes declare it: the same facts the worker SDK writes to functions.metadata.</summary>
/// <param name="Trigger">httpTrigger, queueTrigger or timerTrigger.</param>
/// <param name="Methods">HTTP methods, lower case (HTTP only).</param>
/// <param name="Route">Route without the host's prefix (HTTP only).</param>
/// <param name="AuthLevel">Anonymous, Function or Admin (HTTP only).</param>
/// <param name="QueueName">Queue (queue only).</param>
/// <param name="Schedule">NCRONTAB or %SETTING% (timer only).</param>
public sealed record FunctionEntry(
    string Name,
    Type Type,
    MethodInfo Method,
    string Trigger,
    IReadOnlyList<string> Methods,
    string? Route,
    string? AuthLevel,
    string? QueueName,
    string? Connection,
    string? Schedule)
{
    /// <summary>The entry point as functions.metadata names it: Namespace.Type.Method.</summary>
    public string EntryPoint => $"{Type.FullName}.{Method.Name}";
}
