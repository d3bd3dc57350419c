using System.Text.Json.Serialization;

namespace ShanghaiAi.Stats.Intake;

/// <summary>One problem of an upload as the status shows it: where, which rule, and the message in both languages.</summary>
public sealed record UploadProblem(
    [property: JsonPropertyName("row")] int Row,
    [property: JsonPropertyName("column")] string? Column,
    [property: JsonPropertyName("value")] string? Value,
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("message_zh")] string MessageZh);
