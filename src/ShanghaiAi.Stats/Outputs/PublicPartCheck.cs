using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// The check every public part passes before a release is moved in place (issue 11): no credit code and no name of
/// an enterprise of the register, and no value of a suppressed cell, in any file. Text files (CSV, JSON, HTML, SVG)
/// and the XML inside xlsx files are searched; images and the binary Parquet/Arrow copies of the public table are
/// not (they are written from the same public cells as the CSV, which is checked). A suppressed value is looked for
/// (a) structurally, in every table or JSON object that carries a conf_status, and (b) as a number anywhere, for
/// values with 6 or more digits that no free cell also shows.
/// </summary>
public static class PublicPartCheck
{
    private static readonly string[] TextExtensions = [".csv", ".json", ".html", ".htm", ".svg", ".txt", ".md", ".xml"];

    private static readonly string[] ValueColumns = ["value", "value_ytd", "value_ytd_prev", "yoy_pct", "change_pp", "OBS_VALUE"];

    /// <summary>What one public part must not contain.</summary>
    /// <param name="CreditCodes">Every credit code of the register (18 characters).</param>
    /// <param name="Names">Every enterprise name of the register (names under 4 characters are not searched).</param>
    /// <param name="Cells">The cells of the vintage, with their internal values.</param>
    /// <param name="Published">Cells whose free values may be shown (e.g. earlier months of the trend).</param>
    public sealed record Forbidden(IReadOnlyList<string> CreditCodes, IReadOnlyList<string> Names, IReadOnlyList<IndicatorCell> Cells,
        IReadOnlyList<IndicatorCell> Published);

    /// <summary>The findings, one line each (file relative to <paramref name="publicDir"/>, what was found); empty when clean.</summary>
    public static IReadOnlyList<string> Findings(string publicDir, Forbidden forbidden)
    {
        Guard.NotNull(forbidden);
        var identities = forbidden.CreditCodes.Where(c => c.Length == 18).Select(c => ("credit code", c))
            .Concat(forbidden.Names.Where(n => n.Length >= 4).Select(n => ("enterprise name", n)))
            .DistinctBy(x => x.Item2, StringComparer.Ordinal)
            .ToDictionary(x => x.Item2, x => x.Item1, StringComparer.Ordinal);
        var secrets = SuppressedNumbers(forbidden.Cells, forbidden.Published);
        var identitySearch = SearchValues.Create([.. identities.Keys], StringComparison.Ordinal);
        var secretSearch = SearchValues.Create([.. secrets], StringComparison.Ordinal);
        var findings = new List<string>();
        foreach (var file in Directory.EnumerateFiles(publicDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(publicDir, file).Replace('\\', '/');
            var ext = Path.GetExtension(file).ToLowerInvariant();
            var texts = ext == ".xlsx" ? XlsxTexts(file) : TextExtensions.Contains(ext) ? [File.ReadAllText(file)] : [];
            foreach (var text in texts)
            {
                foreach (var hit in Hits(text, identitySearch, identities.Keys, _ => true))
                {
                    findings.Add($"{rel}: {identities[hit]} {hit}");
                }

                foreach (var hit in Hits(text, secretSearch, secrets, (t, at, len) => IsNumberToken(t, at, len)))
                {
                    findings.Add($"{rel}: {hit}, the value of a suppressed cell");
                }
            }

            if (ext == ".csv")
            {
                findings.AddRange(SuppressedRowsWithValues(file).Select(f => $"{rel}: {f}"));
            }
            else if (ext == ".json")
            {
                findings.AddRange(SuppressedObjectsWithValues(file).Select(f => $"{rel}: {f}"));
            }
        }

        return findings.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Throws, naming up to ten findings, when the public part holds anything it must not.</summary>
    public static void Verify(string publicDir, Forbidden forbidden, string vintageId)
    {
        var findings = Findings(publicDir, forbidden);
        if (findings.Count > 0)
        {
            throw new StatsException(string.Create(CultureInfo.InvariantCulture,
                $"release of vintage {vintageId} refused: its public part holds what must not be published ({findings.Count} findings): {string.Join("; ", findings.Take(10))}"));
        }
    }

    /// <summary>Internal values of suppressed cells with 6 or more digits, as written in invariant and grouped form, that no free cell shows.</summary>
    private static List<string> SuppressedNumbers(IReadOnlyList<IndicatorCell> cells, IReadOnlyList<IndicatorCell> published)
    {
        static IEnumerable<decimal> Values(IndicatorCell c) => new[] { c.Value, c.ValueYtd, c.ValueYtdPrev }.OfType<decimal>();
        var free = cells.Concat(published).Where(c => c.IsFree).SelectMany(Values).Select(v => decimal.Round(v, 1)).ToHashSet();
        return cells.Where(c => !c.IsFree).SelectMany(Values)
            .Where(v => Math.Abs(v) >= 100_000m && !free.Contains(decimal.Round(v, 1)))
            .SelectMany(v => new[]
            {
                IndicatorTableWriter.Number(v),
                v.ToString("#,##0.#", CultureInfo.InvariantCulture),
                v.ToString("#,##0.0", CultureInfo.InvariantCulture),
                v.ToString("#,##0.00", CultureInfo.InvariantCulture),
                v.ToString("0.0", CultureInfo.InvariantCulture),
            })
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<string> Hits(string text, SearchValues<string> search, IEnumerable<string> values,
        Func<string, int, int, bool> accept)
    {
        var list = values as ICollection<string> ?? values.ToList();
        if (list.Count == 0)
        {
            yield break;
        }

        var at = 0;
        while (at < text.Length)
        {
            var i = text.AsSpan(at).IndexOfAny(search);
            if (i < 0)
            {
                yield break;
            }

            var start = at + i;
            var match = list.Where(v => string.CompareOrdinal(text, start, v, 0, v.Length) == 0).MaxBy(v => v.Length)!;
            if (accept(text, start, match.Length))
            {
                yield return match;
            }

            at = start + 1;
        }
    }

    private static IEnumerable<string> Hits(string text, SearchValues<string> search, IEnumerable<string> values, Func<string, bool> accept)
        => Hits(text, search, values, (t, _, _) => accept(t));

    /// <summary>
    /// True when the match is a whole number: no digit or point right before or after it, and no comma that would
    /// make it part of a larger grouped number (a comma counts only when the match is itself grouped: in a CSV a comma
    /// before or after a plain number is a field separator).
    /// </summary>
    private static bool IsNumberToken(string text, int start, int length)
    {
        var grouped = text.AsSpan(start, length).Contains(',');
        bool Joins(int i, int step) => i >= 0 && i < text.Length && (char.IsAsciiDigit(text[i])
            || (text[i] == '.' && i + step >= 0 && i + step < text.Length && char.IsAsciiDigit(text[i + step]))
            || (grouped && text[i] == ',' && i + step >= 0 && i + step < text.Length && char.IsAsciiDigit(text[i + step])));
        return !Joins(start - 1, -1) && !Joins(start + length, 1);
    }

    private static List<string> XlsxTexts(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            .Select(e =>
            {
                using var reader = new StreamReader(e.Open());
                return reader.ReadToEnd();
            })
            .ToList();
    }

    /// <summary>Rows of a table with a conf_status column whose status is not F but which show a value.</summary>
    private static IEnumerable<string> SuppressedRowsWithValues(string path)
    {
        var rows = CsvText.Parse(File.ReadAllText(path));
        if (rows.Count == 0)
        {
            yield break;
        }

        var header = rows[0];
        var status = Array.FindIndex(header, h => h.Equals("conf_status", StringComparison.OrdinalIgnoreCase));
        var valueIdx = header.Select((h, i) => (h, i)).Where(x => ValueColumns.Contains(x.h, StringComparer.Ordinal)).Select(x => x.i).ToList();
        if (status < 0 || valueIdx.Count == 0)
        {
            yield break;
        }

        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (status < row.Length && row[status] is { Length: > 0 } s && s != "F"
                && valueIdx.FirstOrDefault(i => i < row.Length && row[i].Length > 0, -1) is var shown and >= 0)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"row {r + 1} has conf_status {s} but shows {header[shown]} {row[shown]}");
            }
        }
    }

    /// <summary>Objects of a JSON file with a conf_status other than F that carry a non-null value.</summary>
    private static List<string> SuppressedObjectsWithValues(string path)
    {
        var found = new List<string>();
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            return found;
        }

        using (doc)
        {
            Walk(doc.RootElement, found);
        }

        return found;
    }

    private static void Walk(JsonElement e, List<string> found)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                Walk(item, found);
            }
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty("conf_status", out var s) && s.ValueKind == JsonValueKind.String && s.GetString() != "F")
            {
                foreach (var name in ValueColumns)
                {
                    if (e.TryGetProperty(name, out var v) && v.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
                        && !(v.ValueKind == JsonValueKind.String && v.GetString()!.Length == 0))
                    {
                        found.Add($"an object with conf_status {s.GetString()} shows {name} {v.GetRawText()}");
                    }
                }
            }

            foreach (var p in e.EnumerateObject())
            {
                Walk(p.Value, found);
            }
        }
    }
}
