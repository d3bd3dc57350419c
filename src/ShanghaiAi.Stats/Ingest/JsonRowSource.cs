using System.Text.Json;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>A JSON array of objects as rows: the header is the union of property names in order of first
/// appearance (row 0); element n is row n.</summary>
internal sealed class JsonRowSource : IRowSource
{
    private readonly List<string[]> _rows = [];
    private int _index = -1;

    public JsonRowSource(JsonDocument doc)
    {
        if (doc.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"expected an array of objects, found {doc.RootElement.ValueKind}");
        }

        var names = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            if (e.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var p in e.EnumerateObject())
            {
                if (index.TryAdd(p.Name, names.Count))
                {
                    names.Add(p.Name);
                }
            }
        }

        _rows.Add([.. names]);
        var n = 0;
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            n++;
            var row = new string[names.Count];
            Array.Fill(row, string.Empty);
            if (e.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in e.EnumerateObject())
                {
                    row[index[p.Name]] = p.Value.ValueKind switch
                    {
                        JsonValueKind.String => p.Value.GetString() ?? string.Empty,
                        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
                        JsonValueKind.True => "TRUE",
                        JsonValueKind.False => "FALSE",
                        _ => p.Value.GetRawText(),
                    };
                }
            }
            else
            {
                row = [e.GetRawText()];
            }

            _rows.Add(row);
        }
    }

    public int RowNumber => _index;

    public int FieldCount => _index >= 0 && _index < _rows.Count ? _rows[_index].Length : 0;

    public ReadOnlySpan<char> Field(int index) => (uint)index < (uint)FieldCount ? _rows[_index][index].AsSpan() : default;

    public bool Read()
    {
        while (++_index < _rows.Count)
        {
            if (_index == 0 || _rows[_index].Any(v => v.Trim().Length > 0))
            {
                return true;
            }
        }

        return false;
    }

    public void Dispose()
    {
    }
}
