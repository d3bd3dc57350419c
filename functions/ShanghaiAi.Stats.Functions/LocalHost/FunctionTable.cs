using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace ShanghaiAi.Stats.Functions.LocalHost;

/// <summary>The functions of an assembly read from their <c>[Function]</c> and trigger attributes, as the worker SDK
/// reads them to write functions.metadata.</summary>
public static class FunctionTable
{
    public static IReadOnlyList<FunctionEntry> Of(Assembly assembly)
    {
        var list = new List<FunctionEntry>();
        foreach (var type in assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract))
        {
            foreach (var m in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                if (m.GetCustomAttribute<FunctionAttribute>() is not { } fn)
                {
                    continue;
                }

                list.Add(Entry(fn.Name, type, m));
            }
        }

        return list.OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The functions of this app.</summary>
    public static IReadOnlyList<FunctionEntry> App { get; } = Of(typeof(FunctionTable).Assembly);

    private static FunctionEntry Entry(string name, Type type, MethodInfo m)
    {
        foreach (var p in m.GetParameters())
        {
            if (p.GetCustomAttribute<HttpTriggerAttribute>() is { } http)
            {
                return new FunctionEntry(name, type, m, "httpTrigger", (http.Methods ?? []).Select(x => x.ToLowerInvariant()).ToList(),
                    http.Route, http.AuthLevel.ToString(), null, null, null);
            }

            if (p.GetCustomAttribute<QueueTriggerAttribute>() is { } queue)
            {
                return new FunctionEntry(name, type, m, "queueTrigger", [], null, null, queue.QueueName, queue.Connection, null);
            }

            if (p.GetCustomAttribute<TimerTriggerAttribute>() is { } timer)
            {
                return new FunctionEntry(name, type, m, "timerTrigger", [], null, null, null, null, timer.Schedule);
            }
        }

        throw new InvalidOperationException($"function '{name}' ({type.FullName}.{m.Name}): no HTTP, queue or timer trigger parameter");
    }
}
