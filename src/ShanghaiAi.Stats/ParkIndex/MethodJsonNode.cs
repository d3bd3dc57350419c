using System.Globalization;
using System.Text.Json;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.ParkIndex;

/// <summary>A JSON object of a method file with its location, for reading properties with clear errors.</summary>
internal sealed class MethodJsonNode(string file, string path, JsonElement element, string prefix = "")
{
    public string Path => path;

    public JsonElement Element => element;

    public StatsException Error(string property, string expected, object? found)
    {
        var where = path.Length == 0 ? file : file + " " + path;
        var f = found switch
        {
            null => "nothing",
            string s => "'" + s + "'",
            double d => ParkIndexMethodLoader.Format(d),
            IFormattable x => x.ToString(null, CultureInfo.InvariantCulture),
            _ => found.ToString() ?? "nothing",
        };
        return new StatsException($"{where}, property {prefix}{property}: expected {expected}, found {f}");
    }

    public void Expect(string property, bool condition, string expected, object? found)
    {
        if (!condition)
        {
            throw Error(property, expected, found);
        }
    }

    public bool Has(string property) => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var v) && v.ValueKind != JsonValueKind.Null;

    private JsonElement? Get(string property)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    public string String(string property)
        => Get(property) is { ValueKind: JsonValueKind.String } v && v.GetString() is { Length: > 0 } s
            ? s
            : throw Error(property, "a non-empty string", Get(property)?.GetRawText());

    public string? OptionalString(string property) => Get(property) is null ? null : String(property);

    public double Number(string property, double? fallback = null)
    {
        var v = Get(property);
        if (v is null && fallback is { } f)
        {
            return f;
        }

        return v is { ValueKind: JsonValueKind.Number } n ? n.GetDouble() : throw Error(property, "a number", v?.GetRawText());
    }

    public MethodJsonNode Object(string property)
        => Get(property) is { ValueKind: JsonValueKind.Object } v
            ? new MethodJsonNode(file, path, v, prefix + property + ".")
            : throw Error(property, "an object", Get(property)?.GetRawText());

    public IReadOnlyList<JsonElement> Array(string property)
        => Get(property) is { ValueKind: JsonValueKind.Array } v
            ? v.EnumerateArray().ToList()
            : throw Error(property, "an array", Get(property)?.GetRawText());

    public IReadOnlyList<string> Strings(string property)
        => Array(property).Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : throw Error(property, "an array of strings", e.GetRawText())).ToList();

    public MethodJsonNode Child(string childPath, JsonElement e) => new(file, childPath, e);
}
