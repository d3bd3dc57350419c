using System.Globalization;
using System.Text.Json;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Reference;

/// <summary>
/// The one loader of reference data. Reads an edition from a folder laid out as <c>reference-data/</c> or from the
/// copy embedded in the assembly, and validates it: every problem names the file, the row, the column, the value and
/// what was expected.
/// </summary>
public static class ReferenceLoader
{
    public const string DefaultEdition = "2025";

    private const string ResourcePrefix = "reference-data/";

    /// <summary>Loads the edition embedded in this assembly.</summary>
    public static ReferenceData LoadEmbedded(string edition = DefaultEdition)
        => Load(ReadEmbedded, edition);

    /// <summary>Loads an edition from a folder (the layout of <c>reference-data/</c>).</summary>
    public static ReferenceData LoadDirectory(string directory, string edition = DefaultEdition)
        => Load(rel => File.Exists(Path.Combine(directory, rel)) ? File.ReadAllText(Path.Combine(directory, rel)) : null, edition);

    /// <summary>The text of an embedded reference file (path relative to <c>reference-data/</c>), or null.</summary>
    public static string? ReadEmbedded(string relativePath)
    {
        using var s = typeof(ReferenceLoader).Assembly.GetManifestResourceStream(ResourcePrefix + relativePath.Replace('\\', '/'));
        if (s is null)
        {
            return null;
        }

        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }

    /// <summary>Loads and validates an edition through a reader of files relative to the reference-data root.</summary>
    public static ReferenceData Load(Func<string, string?> read, string edition = DefaultEdition)
    {
        var districts = LoadDistricts(read, $"districts/districts-{edition}.csv");
        var parks = LoadParks(read, $"parks/parks-{edition}.csv", districts);
        var indicators = LoadIndicators(read, $"indicators/indicators-ai1-{edition}.csv");
        var form = LoadForm(read, $"forms/form-ai1-{edition}.json");
        var categories = LoadCategories(read, $"classification/categories-{edition}.csv");
        var associations = AssociationTable.Load(read, $"associations/associations-{edition}.csv");
        return new ReferenceData(edition, districts, parks, indicators, form, categories, associations);
    }

    private static List<District> LoadDistricts(Func<string, string?> read, string file)
    {
        var table = Table.Read(read, file, "code", "name_zh", "name_en", "status", "successor", "retired_on");
        var list = new List<District>();
        foreach (var row in table.Rows)
        {
            var code = row.Required("code");
            row.Expect("code", code.Length == 6 && code.All(char.IsAsciiDigit) && code.StartsWith("31", StringComparison.Ordinal), "6 digits starting 31");
            var status = row.Required("status");
            row.Expect("status", status is "active" or "retired", "'active' or 'retired'");
            var successor = row.Optional("successor");
            var retiredOn = row.Optional("retired_on");
            if (status == "retired")
            {
                row.Expect("successor", successor is not null, "the code of the district that succeeded it");
                row.Expect("retired_on", retiredOn is not null && DateOnly.TryParseExact(retiredOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), "a date YYYY-MM-DD");
            }
            else
            {
                row.Expect("successor", successor is null, "empty for an active district");
            }

            list.Add(new District(code, row.Required("name_zh"), row.Required("name_en"), status == "active", successor,
                retiredOn is null ? null : DateOnly.ParseExact(retiredOn, "yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        table.Unique(list.Select(d => d.Code), "code");
        var active = list.Where(d => d.Active).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (d, i) in list.Select((d, i) => (d, i)))
        {
            if (d.Successor is { } s && !active.Contains(s))
            {
                throw new StatsException($"{file} row {i + 2}, column successor: expected an active district code, found '{s}'");
            }
        }

        return list;
    }

    private static List<Park> LoadParks(Func<string, string?> read, string file, List<District> districts)
    {
        var table = Table.Read(read, file, "park_id", "name_zh", "name_en", "district_code", "focus_zh", "focus_en");
        var active = districts.Where(d => d.Active).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var list = new List<Park>();
        foreach (var row in table.Rows)
        {
            var district = row.Required("district_code");
            row.Expect("district_code", active.Contains(district), "an active district code of districts");
            list.Add(new Park(row.Required("park_id"), row.Required("name_zh"), row.Required("name_en"), district,
                row.Required("focus_zh"), row.Required("focus_en")));
        }

        table.Unique(list.Select(p => p.ParkId), "park_id");
        return list;
    }

    private static List<Indicator> LoadIndicators(Func<string, string?> read, string file)
    {
        var table = Table.Read(read, file, "code", "name_zh", "name_en", "unit_zh", "unit_en", "kind", "numerator", "denominator", "scale", "decimals");
        var list = new List<Indicator>();
        foreach (var row in table.Rows)
        {
            var kindText = row.Required("kind");
            row.Expect("kind", kindText is "flow" or "stock" or "ratio" or "count", "one of flow, stock, ratio, count");
            var kind = Enum.Parse<IndicatorKind>(kindText, ignoreCase: true);
            var scaleText = row.Optional("scale");
            decimal scale = 1;
            row.Expect("scale", scaleText is null || decimal.TryParse(scaleText, NumberStyles.Number, CultureInfo.InvariantCulture, out scale), "a number");
            var decimalsText = row.Required("decimals");
            row.Expect("decimals", int.TryParse(decimalsText, NumberStyles.None, CultureInfo.InvariantCulture, out var decimals) && decimals <= 6, "an integer 0-6");
            var numerator = row.Optional("numerator");
            var denominator = row.Optional("denominator");
            if (kind == IndicatorKind.Ratio)
            {
                row.Expect("numerator", numerator is not null, "the code of the numerator indicator");
                row.Expect("denominator", denominator is not null, "the code of the denominator indicator");
            }

            list.Add(new Indicator(row.Required("code"), row.Required("name_zh"), row.Required("name_en"), row.Required("unit_zh"),
                row.Required("unit_en"), kind, numerator, denominator, scale, decimals));
        }

        table.Unique(list.Select(i => i.Code), "code");
        var codes = list.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (ind, i) in list.Select((d, i) => (d, i)))
        {
            foreach (var (col, val) in new[] { ("numerator", ind.Numerator), ("denominator", ind.Denominator) })
            {
                if (val is not null && !codes.Contains(val))
                {
                    throw new StatsException($"{file} row {i + 2}, column {col}: expected an indicator code of this catalogue, found '{val}'");
                }
            }
        }

        return list;
    }

    private static FormMetadata LoadForm(Func<string, string?> read, string file)
    {
        var text = read(file) ?? throw new StatsException($"{file}: reference file not found");
        try
        {
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            string Req(string name) => ReferenceJson.RequiredString(root, file, name);
            var footer = root.TryGetProperty("footer_zh", out var fz) && fz.ValueKind == JsonValueKind.Array
                ? fz.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList()
                : throw new StatsException($"{file}: property 'footer_zh' expected an array of strings, found nothing");
            return new FormMetadata(Req("form_no"), Req("title_zh"), Req("title_en"), Req("authority_zh"), Req("authority_en"),
                Req("approval_no"), Req("valid_until"), footer, Req("scope_zh"), Req("report_deadline_zh"));
        }
        catch (JsonException e)
        {
            throw new StatsException($"{file}: not valid JSON ({e.Message})", e);
        }
    }

    internal static List<Category> LoadCategories(Func<string, string?> read, string file)
    {
        var table = Table.Read(read, file, "code", "level", "parent", "name_zh", "name_en", "articles", "precedence");
        var list = new List<Category>();
        foreach (var row in table.Rows)
        {
            var code = row.Required("code");
            var level = row.Required("level");
            row.Expect("level", level is "1" or "2", "1 or 2");
            var lv = level == "1" ? 1 : 2;
            row.Expect("code", code.All(char.IsAsciiDigit) && code.Length == lv * 2, lv == 1 ? "2 digits" : "4 digits");
            var parent = row.Optional("parent");
            var precedenceText = row.Optional("precedence");
            int? precedence = null;
            if (lv == 2)
            {
                row.Expect("parent", parent == code[..2], $"the level-1 code {code[..2]}");
                row.Expect("precedence", int.TryParse(precedenceText, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0, "a positive integer rank");
                precedence = int.Parse(precedenceText!, CultureInfo.InvariantCulture);
            }

            list.Add(new Category(code, lv, parent, row.Required("name_zh"), row.Required("name_en"), row.Optional("articles") ?? string.Empty, precedence));
        }

        table.Unique(list.Select(c => c.Code), "code");
        table.Unique(list.Where(c => c.Precedence is not null).Select(c => c.Precedence!.Value.ToString(CultureInfo.InvariantCulture)), "precedence");
        var l1 = list.Where(c => c.Level == 1).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var c in list.Where(c => c.Level == 2 && !l1.Contains(c.Parent!)))
        {
            throw new StatsException($"{file}: category {c.Code} names parent '{c.Parent}', which is not a level-1 category");
        }

        if (!l1.Contains("00"))
        {
            throw new StatsException($"{file}: expected the category 00 (not in the AI sector), found none");
        }

        return list;
    }
}
