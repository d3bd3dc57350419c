using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ShanghaiAi.Stats.Functions.App;

/// <summary>A request's JSON body and its string fields.</summary>
public static class JsonBody
{
    /// <summary>The body's root element, or the 400 to answer when it is not JSON.</summary>
    public static async Task<(JsonElement Body, IActionResult? Error)> ReadAsync(HttpRequest req)
    {
        try
        {
            using var doc = await JsonDocument.ParseAsync(req.Body, cancellationToken: req.HttpContext.RequestAborted).ConfigureAwait(false);
            return (doc.RootElement.Clone(), null);
        }
        catch (JsonException e)
        {
            return (default, ApiResults.Error(400, $"body: not valid JSON ({e.Message})"));
        }
    }

    /// <summary>A string field of an object; null when absent or not a string.</summary>
    public static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
