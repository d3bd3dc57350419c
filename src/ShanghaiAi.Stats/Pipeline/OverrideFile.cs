using System.Globalization;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Ingest;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Pipeline;

/// <summary>
/// A CSV of statisticians' decisions (UTF-8 or GB18030, decoded as uploads are): uscc, category, reason, decided_by
/// and optionally decided_at (default: now), headers in English or Chinese. All rows are checked first; any problem
/// rejects the whole file.
/// </summary>
public static class OverrideFile
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "yyyy/MM/dd", "yyyy/M/d"];

    private static readonly Dictionary<string, string> Headers = new[]
    {
        ("uscc", new[] { "uscc", "统一社会信用代码", "信用代码" }),
        ("category", ["category", "分类代码", "类别代码", "人工智能产业分类"]),
        ("reason", ["reason", "理由", "原因", "决定理由"]),
        ("decided_by", ["decided_by", "决定人", "审核人"]),
        ("decided_at", ["decided_at", "决定时间", "决定日期"]),
    }.SelectMany(x => x.Item2.Select(a => (Key: HeaderText.Normalise(a), Column: x.Item1))).ToDictionary(x => x.Key, x => x.Column, StringComparer.Ordinal);

    /// <summary>Reads, checks and records the decisions of <paramref name="path"/> in the warehouse.</summary>
    /// <returns>The number of decisions recorded.</returns>
    public static int Import(StatsWarehouse warehouse, string path, ClassificationStandard standard, TimeProvider time)
    {
        Guard.NotNull(time);
        var decisions = Read(path, time.GetUtcNow(), standard);
        new ClassificationStore(warehouse).AddOverrides(decisions);
        return decisions.Count;
    }

    /// <summary>The checked decisions of <paramref name="path"/>.</summary>
    public static List<ClassificationOverride> Read(string path, DateTimeOffset now, ClassificationStandard standard)
    {
        var file = Path.GetFileName(path);
        var records = CsvText.Parse(UploadTableReader.ReadAllText(path));
        if (records.Count == 0)
        {
            throw new StatsException($"{file}: expected a header row (uscc, category, reason, decided_by[, decided_at]), found an empty file");
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = new List<string>();
        for (var i = 0; i < records[0].Length; i++)
        {
            if (Headers.TryGetValue(HeaderText.Normalise(records[0][i]), out var name))
            {
                index[name] = i;
            }
            else if (records[0][i].Trim().Length > 0)
            {
                unknown.Add(records[0][i]);
            }
        }

        var missing = new[] { "uscc", "category", "reason", "decided_by" }.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0 || unknown.Count > 0)
        {
            throw new StatsException($"{file}: header expected uscc, category, reason, decided_by[, decided_at]; missing {(missing.Count == 0 ? "none" : string.Join(", ", missing))}; unknown {(unknown.Count == 0 ? "none" : string.Join(", ", unknown))}");
        }

        var problems = new List<string>();
        var list = new List<ClassificationOverride>();
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 1; r < records.Count; r++)
        {
            var row = records[r];
            var where = string.Create(CultureInfo.InvariantCulture, $"{file} row {r + 1}");
            string Cell(string column) => index.TryGetValue(column, out var i) && i < row.Length ? row[i].Trim() : string.Empty;
            try
            {
                var at = now;
                var atText = Cell("decided_at");
                if (atText.Length > 0)
                {
                    if (!DateTime.TryParseExact(atText, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t))
                    {
                        throw new StatsException($"{where}, column decided_at: expected a date YYYY-MM-DD or a time YYYY-MM-DD HH:MM:SS (UTC), found '{atText}'");
                    }

                    at = new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc));
                }

                var d = OverrideCheck.Validate(new ClassificationOverride(Cell("uscc"), Cell("category"), Cell("reason"), Cell("decided_by"), at), standard, where);
                if (firstRow.TryGetValue(d.Uscc, out var first))
                {
                    throw new StatsException($"{where}, column uscc: duplicate decision for {d.Uscc}, first at row {first}");
                }

                firstRow[d.Uscc] = r + 1;
                list.Add(d);
            }
            catch (StatsException e)
            {
                problems.Add(e.Message);
            }
        }

        if (problems.Count > 0)
        {
            var shown = string.Join(Environment.NewLine, problems.Take(20));
            var more = problems.Count > 20 ? string.Create(CultureInfo.InvariantCulture, $"{Environment.NewLine}... and {problems.Count - 20} more") : string.Empty;
            throw new StatsException(string.Create(CultureInfo.InvariantCulture, $"{file}: {problems.Count} row(s) rejected, nothing imported{Environment.NewLine}{shown}{more}"));
        }

        return list;
    }
}
