using System.Text.Json;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Reference;

/// <summary>Reading required properties of a reference JSON file, with the file named in every message.</summary>
internal static class ReferenceJson
{
    public static string RequiredString(JsonElement root, string file, string name)
        => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s
            ? s
            : throw new StatsException($"{file}: property '{name}' expected a non-empty string, found {(root.TryGetProperty(name, out var f) ? f.GetRawText() : "nothing")}");
}
