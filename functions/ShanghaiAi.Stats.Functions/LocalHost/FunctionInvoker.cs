using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace ShanghaiAi.Stats.Functions.LocalHost;

/// <summary>Calls a function method as the worker would: an instance made by dependency injection, the trigger's
/// value, route values and trigger metadata (<c>dequeueCount</c>) bound by parameter name, the cancellation token.</summary>
public static class FunctionInvoker
{
    /// <summary>Runs an HTTP function for a request and writes its result.</summary>
    public static async Task InvokeHttpAsync(FunctionEntry entry, HttpContext context)
    {
        var args = entry.Method.GetParameters().Select(p => p.ParameterType == typeof(HttpRequest) ? context.Request
            : p.ParameterType == typeof(CancellationToken) ? context.RequestAborted
            : p.ParameterType == typeof(string) ? context.GetRouteValue(p.Name!)?.ToString()
            : (object?)null).ToArray();
        var result = await InvokeAsync(entry, context.RequestServices, args).ConfigureAwait(false);
        if (result is IActionResult action)
        {
            await action.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor())).ConfigureAwait(false);
        }
    }

    /// <summary>Runs a queue function for one message.</summary>
    public static Task InvokeQueueAsync(FunctionEntry entry, IServiceProvider services, string body, long dequeueCount, CancellationToken ct)
    {
        var args = entry.Method.GetParameters().Select(p =>
            p.GetCustomAttribute<QueueTriggerAttribute>() is not null ? body
            : p.ParameterType == typeof(CancellationToken) ? ct
            : p.ParameterType == typeof(long) && p.Name == "dequeueCount" ? dequeueCount
            : p.ParameterType == typeof(int) && p.Name == "dequeueCount" ? (int)dequeueCount
            : (object?)null).ToArray();
        return InvokeAsync(entry, services, args);
    }

    /// <summary>Runs a timer function once.</summary>
    public static Task InvokeTimerAsync(FunctionEntry entry, IServiceProvider services, TimerInfo timer, CancellationToken ct)
    {
        var args = entry.Method.GetParameters().Select(p => p.ParameterType == typeof(TimerInfo) ? timer
            : p.ParameterType == typeof(CancellationToken) ? ct
            : (object?)null).ToArray();
        return InvokeAsync(entry, services, args);
    }

    private static async Task<object?> InvokeAsync(FunctionEntry entry, IServiceProvider services, object?[] args)
    {
        using var scope = services.CreateScope();
        var target = entry.Method.IsStatic ? null : ActivatorUtilities.CreateInstance(scope.ServiceProvider, entry.Type);
        object? value;
        try
        {
            value = entry.Method.Invoke(target, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }

        if (value is Task task)
        {
            await task.ConfigureAwait(false);
            var resultProperty = task.GetType().GetProperty("Result");
            return task.GetType().IsGenericType ? resultProperty?.GetValue(task) : null;
        }

        return value;
    }
}
