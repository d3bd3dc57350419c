using System.Collections.Frozen;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>Finds the header row (it may sit below title rows) and maps headers to canonical columns.</summary>
internal static class HeaderMatcher
{
    /// <summary>How many leading rows are searched for the header.</summary>
    public const int SearchRows = 30;

    private static readonly FrozenDictionary<string, FrozenDictionary<string, int>> Lookups =
        IngestKinds.All.ToFrozenDictionary(k => k, k => BuildLookup(KindSchema.For(k)), StringComparer.Ordinal);

    private static FrozenDictionary<string, int> BuildLookup(KindSchema schema)
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < schema.Columns.Count; i++)
        {
            d.TryAdd(HeaderText.Normalise(schema.Columns[i].Name), i);
            foreach (var a in schema.Columns[i].Aliases)
            {
                d.TryAdd(HeaderText.Normalise(a), i);
            }
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The column index a header maps to in <paramref name="kind"/>, or -1.</summary>
    public static int ColumnOf(string kind, string header)
        => Lookups[kind].TryGetValue(HeaderText.Normalise(header), out var i) ? i : -1;

    private static int Score(string kind, string[] row) => row.Count(h => h.Length > 0 && ColumnOf(kind, h) >= 0);

    /// <summary>The index in <paramref name="rows"/> of the header row, or -1.</summary>
    public static int FindHeaderIndex(string kind, IReadOnlyList<string[]> rows)
    {
        var need = Math.Min(2, KindSchema.For(kind).Columns.Count(c => c.Required));
        for (var i = 0; i < rows.Count; i++)
        {
            if (Score(kind, rows[i]) >= need)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A header split over two rows, as official forms lay it out: a parent row whose merged cells ("营业收入（千元）"
    /// over two columns) leave the cells to their right empty, above a row of sub-headers ("本年累计", "上年同期").
    /// Each column's header is then its parent (carried right across empty cells) without its unit, followed by its
    /// sub-header; a column without a sub-header keeps its own parent cell (a code merged down over both rows).
    /// Returns the combined header when it names more columns of <paramref name="kind"/> than the parent row alone,
    /// else null (the row below is data, or a one-row header's notes).
    /// </summary>
    public static string[]? TwoRowHeader(string kind, string[] parent, string[] child)
    {
        var combined = new string[Math.Max(parent.Length, child.Length)];
        var carried = string.Empty;
        for (var i = 0; i < combined.Length; i++)
        {
            var p = i < parent.Length ? parent[i].Trim() : string.Empty;
            var c = i < child.Length ? child[i].Trim() : string.Empty;
            carried = p.Length > 0 ? HeaderText.WithoutUnit(p) : carried;
            combined[i] = c.Length == 0 ? p : carried + c;
        }

        return Score(kind, combined) > Score(kind, parent) ? combined : null;
    }

    /// <summary>
    /// True for the column-code row official forms print under their headers ("甲 | 乙 | 1 | 2 | 3 ..."): at least three
    /// cells, each one a heavenly-stem letter or a column number. It is part of the header, not a data row.
    /// </summary>
    public static bool IsColumnCodeRow(string[] row)
    {
        var cells = row.Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        return cells.Count >= 3 && cells.All(c => (c.Length == 1 && "甲乙丙丁戊己庚辛壬癸".Contains(c[0], StringComparison.Ordinal))
            || (c.Length <= 3 && c.All(char.IsAsciiDigit)));
    }

    /// <summary>Maps a header row; a file missing required columns throws (FILE-F06, or FILE-F07 when it is another kind).</summary>
    /// <param name="required">The columns that must be present, when not the kind's own required columns.</param>
    public static HeaderMatch Match(string file, string kind, string[] header, int headerRow, IReadOnlyList<string[]> leadingRows, IReadOnlyCollection<string>? required = null)
    {
        var schema = KindSchema.For(kind);
        var fieldOf = Enumerable.Repeat(-1, schema.Columns.Count).ToArray();
        var unknown = new List<int>();
        var personal = new List<int>();
        for (var f = 0; f < header.Length; f++)
        {
            var h = header[f].Trim();
            if (h.Length == 0)
            {
                continue;
            }

            var c = ColumnOf(kind, h);
            if (c >= 0)
            {
                if (fieldOf[c] >= 0)
                {
                    throw FileRejection.Create(file, "FILE-F11", $"columns '{header[fieldOf[c]]}' and '{h}' both map to {schema.Columns[c].Name}",
                        $"列“{header[fieldOf[c]]}”和“{h}”都对应{schema.Columns[c].Name}");
                }

                fieldOf[c] = f;
            }
            else if (HeaderText.IsPersonal(HeaderText.Normalise(h)))
            {
                personal.Add(f);
            }
            else
            {
                unknown.Add(f);
            }
        }

        var missing = schema.Columns.Where((c, i) => (required?.Contains(c.Name) ?? c.Required) && fieldOf[i] < 0).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            var found = string.Join(", ", header.Where(h => h.Trim().Length > 0).Select(h => h.Trim()));
            var other = IngestKinds.All.Where(k => k != kind && !(k == IngestKinds.MemberRoster && kind == IngestKinds.Register))
                .FirstOrDefault(k => MatchesAllRequired(k, header) || leadingRows.Any(r => MatchesAllRequired(k, r)));
            if (other is not null)
            {
                throw FileRejection.Create(file, "FILE-F07", $"this looks like a {other} file, not {kind}: missing {string.Join(", ", missing)}; found {found}",
                    $"此文件像是{other}类，而不是{kind}类：缺少{string.Join("、", missing)}；实有{found}");
            }

            throw FileRejection.Create(file, "FILE-F06", $"row {headerRow}: required column(s) missing: {string.Join(", ", missing)}; found: {found}",
                $"第{headerRow}行：缺少必填列{string.Join("、", missing)}；实有：{found}");
        }

        return new HeaderMatch(headerRow, header.Select(h => h.Trim()).ToArray(), fieldOf, unknown, personal);
    }

    /// <summary>The error for a file whose header cannot be found at all.</summary>
    public static StatsException NoHeader(string file, string kind, IReadOnlyList<string[]> leadingRows)
    {
        var schema = KindSchema.For(kind);
        var required = schema.Columns.Where(c => c.Required).Select(c => c.Name).ToList();
        var first = leadingRows.FirstOrDefault(r => r.Any(x => x.Trim().Length > 0)) ?? [];
        var found = string.Join(", ", first.Where(h => h.Trim().Length > 0).Select(h => Cut(h.Trim())));
        var other = IngestKinds.All.Where(k => k != kind).FirstOrDefault(k => leadingRows.Any(r => Score(k, r) >= 2));
        if (other is not null && !(other == IngestKinds.MemberRoster && kind == IngestKinds.Register))
        {
            return FileRejection.Create(file, "FILE-F07", $"this looks like a {other} file, not {kind}; expected columns {string.Join(", ", required)}",
                $"此文件像是{other}类，而不是{kind}类；应有列{string.Join("、", required)}");
        }

        return FileRejection.Create(file, "FILE-F06", $"no header row found in the first {SearchRows} rows: required column(s) missing: {string.Join(", ", required)}; found: {found}",
            $"前{SearchRows}行中找不到表头：缺少必填列{string.Join("、", required)}；实有：{found}");
    }

    private static bool MatchesAllRequired(string kind, string[] row)
    {
        var schema = KindSchema.For(kind);
        var present = row.Select(h => ColumnOf(kind, h)).Where(i => i >= 0).ToHashSet();
        return schema.Columns.Select((c, i) => (c, i)).All(x => !x.c.Required || present.Contains(x.i));
    }

    private static string Cut(string s) => s.Length > 40 ? s[..40] + "…" : s;

    public static StatsException Fail(string file, string ruleId, string en, string zh) => FileRejection.Create(file, ruleId, en, zh);
}
