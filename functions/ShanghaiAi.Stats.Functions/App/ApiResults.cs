using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace ShanghaiAi.Stats.Functions.App;

/// <summary>The JSON answers of the API (snake_case names as the bodies are written, UTF-8).</summary>
public static class ApiResults
{
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static IActionResult Ok(object body, int status = 200) => new ContentResult
    {
        Content = JsonSerializer.Serialize(body, Json), ContentType = "application/json; charset=utf-8", StatusCode = status,
    };

    public static IActionResult Error(int status, string message, string? messageZh = null) =>
        Ok(new Dictionary<string, object?> { ["error"] = message, ["error_zh"] = messageZh ?? message, ["status"] = status }, status);

    public static IActionResult Forbidden(string what) => Error(403, $"out of scope: {what}", $"超出权限范围：{what}");

    public static IActionResult NotFound(string what) => Error(404, $"not found: {what}", $"未找到：{what}");
}
