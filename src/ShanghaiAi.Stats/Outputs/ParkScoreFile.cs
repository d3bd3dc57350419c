using System.Globalization;
using System.Text.Json;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// Reads park scores for the dashboard from park-scores.csv (park_id, period, score, rank, rank_p05, rank_p95, ...)
/// or from JSON: an array of objects, or an object with a "ranked" (park-index-charts.json) or "scores" array; keys
/// snake_case or camelCase. Rows of another period (a period column, item or top-level "period") are left out; an
/// empty score or rank (a park the index could not score) is kept as null.
/// </summary>
public static class ParkScoreFile
{
    public static IReadOnlyList<DashboardParkScore> Load(string path, Period period)
    {
        Guard.NotEmpty(path);
        if (!File.Exists(path))
        {
            throw new StatsException($"{path}: park scores file not found");
        }

        var text = File.ReadAllText(path);
        return text.TrimStart().StartsWith('[') || text.TrimStart().StartsWith('{') ? FromJson(path, text, period) : FromCsv(path, text, period);
    }

    private static List<DashboardParkScore> FromCsv(string path, string text, Period period)
    {
        var records = CsvText.Parse(text);
        if (records.Count == 0)
        {
            throw new StatsException($"{path}: expected a header row, found an empty file");
        }

        var header = records[0].Select(h => h.Trim()).ToList();
        int Col(string name, bool required)
        {
            var i = header.IndexOf(name);
            return i >= 0 || !required ? i : throw new StatsException($"{path}: missing column {name}; found {string.Join(", ", header)}");
        }

        var (id, score, rank, p05, p95, per) = (Col("park_id", true), Col("score", true), Col("rank", true), Col("rank_p05", false),
            Col("rank_p95", false), Col("period", false));
        var list = new List<DashboardParkScore>();
        for (var r = 1; r < records.Count; r++)
        {
            var row = records[r];
            if (row.Length == 1 && row[0].Length == 0)
            {
                continue;
            }

            if (per >= 0 && Period.TryParse(row[per], out var p) && p != period)
            {
                continue;
            }

            string Field(int c, string name) => c < row.Length ? row[c].Trim() : throw new StatsException($"{path} row {r + 1}, column {name}: expected a value, found a short row");
            list.Add(new DashboardParkScore(Field(id, "park_id"), OptDec(path, r + 1, "score", Field(score, "score")),
                OptInt(path, r + 1, "rank", Field(rank, "rank")), OptInt(path, r + 1, "rank_p05", p05 >= 0 ? Field(p05, "rank_p05") : null),
                OptInt(path, r + 1, "rank_p95", p95 >= 0 ? Field(p95, "rank_p95") : null)));
        }

        return list;
    }

    private static List<DashboardParkScore> FromJson(string path, string text, Period period)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            var array = root.ValueKind == JsonValueKind.Array ? root
                : root.TryGetProperty("ranked", out var ranked) && ranked.ValueKind == JsonValueKind.Array ? ranked
                : root.TryGetProperty("scores", out var s) && s.ValueKind == JsonValueKind.Array ? s
                : throw new StatsException($"{path}: expected a JSON array of park scores or an object with a \"ranked\" or \"scores\" array");
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("period", out var top) && top.ValueKind == JsonValueKind.String
                && Period.TryParse(top.GetString(), out var topPeriod) && topPeriod != period)
            {
                return [];
            }

            var list = new List<DashboardParkScore>();
            var i = 0;
            foreach (var e in array.EnumerateArray())
            {
                i++;
                JsonElement? Get(params string[] names)
                {
                    foreach (var n in names)
                    {
                        if (e.TryGetProperty(n, out var v) && v.ValueKind != JsonValueKind.Null)
                        {
                            return v;
                        }
                    }

                    return null;
                }

                if (Get("period") is { ValueKind: JsonValueKind.String } pv && Period.TryParse(pv.GetString(), out var p) && p != period)
                {
                    continue;
                }

                var id = Get("park_id", "parkId", "ParkId")?.GetString() ?? throw new StatsException($"{path} item {i}: expected park_id, found none");
                decimal? score = Get("score", "Score") is { } sc ? JsonDec(path, i, "score", sc) : null;
                int? rank = Get("rank", "Rank") is { } rk ? (int)JsonDec(path, i, "rank", rk) : null;
                int? p05 = Get("rank_p05", "rankP05", "RankP05") is { } a ? (int)JsonDec(path, i, "rank_p05", a) : null;
                int? p95 = Get("rank_p95", "rankP95", "RankP95") is { } b ? (int)JsonDec(path, i, "rank_p95", b) : null;
                list.Add(new DashboardParkScore(id, score, rank, p05, p95));
            }

            return list;
        }
        catch (JsonException e)
        {
            throw new StatsException($"{path}: not valid JSON ({e.Message})", e);
        }
    }

    private static decimal JsonDec(string path, int item, string name, JsonElement v)
        => v.ValueKind == JsonValueKind.Number ? v.GetDecimal()
            : v.ValueKind == JsonValueKind.String ? Dec(path, item, name, v.GetString() ?? string.Empty)
            : throw new StatsException($"{path} item {item}, {name}: expected a number, found {v.GetRawText()}");

    private static decimal Dec(string path, int row, string column, string text)
        => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new StatsException($"{path} row {row}, column {column}: expected a number, found '{text}'");

    private static int? OptInt(string path, int row, string column, string? text)
        => string.IsNullOrWhiteSpace(text) ? null : (int)Dec(path, row, column, text);

    private static decimal? OptDec(string path, int row, string column, string? text)
        => string.IsNullOrWhiteSpace(text) ? null : Dec(path, row, column, text);
}
