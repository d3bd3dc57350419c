using System.Text.Json;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Classify;

internal sealed partial class RegisterFileReader
{
    /// <summary>A JSON array of objects, streamed element by element; row = the object's number (1 = first).</summary>
    private IEnumerable<RawRegisterRow> ReadJson(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        IEnumerable<JsonElement> elements;
        try
        {
            elements = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream).ToBlockingEnumerable();
        }
        catch (JsonException ex0)
        {
            throw new StatsException($"{_file}: expected a JSON array of objects ({ex0.Message})", ex0);
        }

        var row = 0;
        var names = new List<string?>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        int[]? map = null;
        using var e = elements.GetEnumerator();
        while (true)
        {
            try
            {
                if (!e.MoveNext())
                {
                    break;
                }
            }
            catch (JsonException ex)
            {
                throw new StatsException($"{_file}: not valid JSON after object {row} ({ex.Message})", ex);
            }

            row++;
            var obj = e.Current;
            if (obj.ValueKind != JsonValueKind.Object)
            {
                yield return new RawRegisterRow(row, null, null, RegisterRecord.Bad(row, "(object)", obj.ValueKind.ToString(), "expected a JSON object"));
                continue;
            }

            var values = new Dictionary<int, string?>();
            foreach (var p in obj.EnumerateObject())
            {
                if (!index.TryGetValue(p.Name, out var i))
                {
                    i = names.Count;
                    index[p.Name] = i;
                    names.Add(p.Name);
                    map = null;
                }

                values[i] = p.Value.ValueKind switch
                {
                    JsonValueKind.Null or JsonValueKind.Undefined => null,
                    JsonValueKind.String => p.Value.GetString(),
                    _ => p.Value.GetRawText(),
                };
            }

            if (map is null)
            {
                UnknownColumns.Clear();
                map = MapHeader(names);
            }

            var cells = new string?[names.Count];
            foreach (var (i, v) in values)
            {
                cells[i] = v;
            }

            yield return new RawRegisterRow(row, cells, map, null);
        }
    }
}
