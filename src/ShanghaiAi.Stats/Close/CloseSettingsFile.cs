using System.Globalization;
using System.Text.Json;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Close;

/// <summary>
/// Close settings from a JSON file (<c>aistats close --settings FILE</c>): an object with any of the keys below, in
/// the snake_case that <c>close-summary.json</c> records under <c>settings</c>, so a vintage's settings can be reused
/// as they are. A key left out keeps its default; an unknown key or a value of the wrong type is an error naming the
/// file, the key and what is expected.
/// </summary>
public static class CloseSettingsFile
{
    private static readonly string[] Keys =
    [
        "min_contributors", "dominance_one_share", "dominance_two_share", "combine_january_february", "impute",
        "max_imputed_months", "write_parquet", "protect_across_months",
    ];

    public static CloseSettings Load(string path)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new StatsException($"{path}: close settings file not found");
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new StatsException($"{file}: expected a JSON object of close settings, the JSON is not valid ({e.Message})", e);
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new StatsException($"{file}: expected a JSON object of close settings, found {doc.RootElement.ValueKind}");
            }

            var s = CloseSettings.Default;
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                s = p.Name switch
                {
                    "min_contributors" => s with { MinContributors = Int(file, p) },
                    "dominance_one_share" => s with { DominanceOneShare = Dec(file, p) },
                    "dominance_two_share" => s with { DominanceTwoShare = Dec(file, p) },
                    "combine_january_february" => s with { CombineJanuaryFebruary = Bool(file, p) },
                    "impute" => s with { Impute = Bool(file, p) },
                    "max_imputed_months" => s with { MaxImputedMonths = Int(file, p) },
                    "write_parquet" => s with { WriteParquet = Bool(file, p) },
                    "protect_across_months" => s with { ProtectAcrossMonths = Bool(file, p) },
                    _ => throw new StatsException($"{file}: unknown setting '{p.Name}'; expected one of {string.Join(", ", Keys)}"),
                };
            }

            try
            {
                return s.Validated();
            }
            catch (StatsException e)
            {
                throw new StatsException($"{file}: {e.Message}", e);
            }
        }
    }

    private static int Int(string file, JsonProperty p)
        => p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt32(out var v) ? v : throw Wrong(file, p, "a whole number");

    private static decimal Dec(string file, JsonProperty p)
        => p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetDecimal(out var v) ? v : throw Wrong(file, p, "a number");

    private static bool Bool(string file, JsonProperty p) => p.Value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Wrong(file, p, "true or false"),
    };

    private static StatsException Wrong(string file, JsonProperty p, string expected)
        => new(string.Create(CultureInfo.InvariantCulture, $"{file}: setting '{p.Name}' expected {expected}, found {p.Value.GetRawText()}"));
}
