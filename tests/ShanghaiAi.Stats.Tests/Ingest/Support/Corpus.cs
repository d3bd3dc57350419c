using System.Text.Json;

namespace ShanghaiAi.Stats.Tests.Ingest.Support;

/// <summary>The bad-input corpus under tests/ShanghaiAi.Stats.Tests/Ingest/Corpus and its manifest.</summary>
public static class Corpus
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var c = Path.Combine(d.FullName, "tests", "ShanghaiAi.Stats.Tests", "Ingest", "Corpus");
            if (File.Exists(Path.Combine(c, "manifest.json")))
            {
                return c;
            }
        }

        throw new DirectoryNotFoundException("Ingest/Corpus/manifest.json not found above " + AppContext.BaseDirectory);
    });

    public static string PathOf(string relative) => Path.Combine(Root.Value, relative);

    public static IReadOnlyList<CorpusCase> Cases()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(PathOf("manifest.json")));
        var list = new List<CorpusCase>();
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            var e = c.GetProperty("expect");
            string? S(JsonElement x, string n) => x.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            int? I(JsonElement x, string n) => x.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
            list.Add(new CorpusCase(
                c.GetProperty("name").GetString()!,
                c.GetProperty("kind").GetString()!,
                c.GetProperty("file").GetString()!,
                c.GetProperty("seed").GetBoolean(),
                S(c, "encoding"),
                S(c, "as"),
                S(c, "sheet"),
                I(c, "max_file_bytes"),
                I(c, "max_rows"),
                S(e, "file_rule"),
                I(e, "rows") ?? 0,
                I(e, "accepted") ?? 0,
                I(e, "rejected") ?? 0,
                I(e, "duplicates") ?? 0,
                e.TryGetProperty("issues", out var issues) ? issues.EnumerateArray().Select(x => x.GetString()!).ToList() : []));
        }

        return list;
    }
}

/// <summary>One corpus case: what to upload and the exact expected outcome.</summary>
public sealed record CorpusCase(
    string Name,
    string Kind,
    string File,
    bool Seed,
    string? Encoding,
    string? As,
    string? Sheet,
    int? MaxFileBytes,
    int? MaxRows,
    string? FileRule,
    int Rows,
    int Accepted,
    int Rejected,
    int Duplicates,
    IReadOnlyList<string> Issues)
{
    public override string ToString() => Name;
}
