using System.Globalization;
using System.Text.Json;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Reference;

namespace ShanghaiAi.Stats.Classify;

/// <summary>Reads and validates the files of a classification edition (standard, categories and notes, GB/T 4754
/// classes, concordance, keywords), each refused with its file, row, column and value.</summary>
internal static class ClassificationStandardFiles
{
    internal static (DateOnly Effective, string Title) LoadEdition(Func<string, string?> read, string file, string edition)
    {
        var text = read(file) ?? throw new StatsException($"{file}: reference file not found");
        try
        {
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            string Req(string name) => ReferenceJson.RequiredString(root, file, name);
            var ed = Req("edition");
            if (ed != edition)
            {
                throw new StatsException($"{file}: property 'edition' expected '{edition}', found '{ed}'");
            }

            var eff = Req("effective_from");
            if (!DateOnly.TryParseExact(eff, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new StatsException($"{file}: property 'effective_from' expected a date YYYY-MM-DD, found '{eff}'");
            }

            return (date, Req("title_zh"));
        }
        catch (JsonException e)
        {
            throw new StatsException($"{file}: not valid JSON ({e.Message})", e);
        }
    }

    internal static List<CategoryNote> LoadNotes(Func<string, string?> read, string file)
    {
        var table = Table.Read(read, file, "code", "level", "definition_zh", "definition_en", "includes_zh", "excludes_zh");
        return table.Rows.Select(r => new CategoryNote(r.Required("code"), r.Required("definition_zh"), r.Required("definition_en"),
            r.Optional("includes_zh"), r.Optional("excludes_zh"))).ToList();
    }

    internal static List<GbtClass> LoadClasses(Func<string, string?> read, string file)
    {
        var table = Table.Read(read, file, "class", "name_zh", "name_en");
        var list = new List<GbtClass>();
        foreach (var row in table.Rows)
        {
            var code = row.Required("class");
            row.Expect("class", code.Length == 4 && code.All(char.IsAsciiDigit), "4 digits (a GB/T 4754-2017 class)");
            list.Add(new GbtClass(code, row.Required("name_zh"), row.Required("name_en")));
        }

        table.Unique(list.Select(c => c.Code), "class");
        return list;
    }

    internal static List<ConcordanceEntry> LoadConcordance(Func<string, string?> read, string file, HashSet<string> level2,
        List<GbtClass> classes, string classesFile, string categoriesFile)
    {
        var table = Table.Read(read, file, "category", "gbt_class", "coverage", "note");
        var known = classes.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var list = new List<ConcordanceEntry>();
        var firstRow = new Dictionary<string, (int Row, ConcordanceEntry Entry)>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var category = row.Required("category");
            row.Expect("category", level2.Contains(category), $"a 4-digit category of {categoriesFile}");
            var cls = row.Required("gbt_class");
            row.Expect("gbt_class", known.Contains(cls), $"a class of {classesFile}");
            var coverage = row.Required("coverage");
            row.Expect("coverage", coverage is "whole" or "partial", "'whole' or 'partial'");
            var entry = new ConcordanceEntry(category, cls, coverage == "whole", row.Optional("note"));
            if (list.Any(e => e.Category == category && e.GbtClass == cls))
            {
                throw new StatsException($"{file} row {row.Number}, column gbt_class: duplicate pair {category} - {cls}");
            }

            if (firstRow.TryGetValue(cls, out var first) && (first.Entry.Whole || entry.Whole))
            {
                throw new StatsException($"{file} row {row.Number}, column gbt_class: class {cls} is listed for {first.Entry.Category} at row {first.Row}; a whole class belongs to one category only");
            }

            firstRow.TryAdd(cls, (row.Number, entry));
            list.Add(entry);
        }

        return list;
    }

    internal static List<KeywordRule> LoadKeywords(Func<string, string?> read, string file, HashSet<string> level2, string categoriesFile)
    {
        var table = Table.Read(read, file, "term", "kind", "category", "lang");
        var list = new List<KeywordRule>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var term = row.Required("term");
            var kindText = row.Required("kind");
            row.Expect("kind", kindText is "signal" or "strong" or "context" or "exclusion" or "guard", "one of signal, strong, context, exclusion, guard");
            var kind = Enum.Parse<KeywordKind>(kindText, ignoreCase: true);
            var category = row.Optional("category");
            if (kind is KeywordKind.Strong or KeywordKind.Context)
            {
                row.Expect("category", category is not null && level2.Contains(category), $"a 4-digit category of {categoriesFile}");
            }
            else
            {
                row.Expect("category", category is null, $"an empty cell for a {kindText} term");
            }

            var lang = row.Required("lang");
            row.Expect("lang", lang is "zh" or "en" or "mixed", "zh, en or mixed");
            var normalised = TextNormaliser.Normalise(term);
            row.Expect("term", normalised.Length > 0 && !normalised.Contains(TextNormaliser.ClauseBreak, StringComparison.Ordinal),
                "a term with letters or digits and no clause separator");
            if (seen.TryGetValue(normalised, out var firstRow))
            {
                throw new StatsException($"{file} row {row.Number}, column term: duplicate term '{term}' (normalised '{normalised}'), first at row {firstRow}");
            }

            seen[normalised] = row.Number;
            list.Add(new KeywordRule(term, normalised, kind, category, lang));
        }

        foreach (var code in level2.Order(StringComparer.Ordinal))
        {
            if (!list.Any(k => k.Kind == KeywordKind.Strong && k.Category == code))
            {
                throw new StatsException($"{file}: category {code} has no strong term; expected at least one term of kind strong per 4-digit category");
            }
        }

        return list;
    }
}
