using System.Globalization;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>The problems of one row: its status, its issues and the fields to highlight.</summary>
internal sealed class RowMark
{
    public bool Hard { get; set; }

    public bool Duplicate { get; set; }

    public List<int> IssueIndexes { get; } = [];

    public List<(int Field, RuleSeverity Severity)> Cells { get; } = [];

    public RowStatus Status => Duplicate ? RowStatus.Duplicate : Hard ? RowStatus.Rejected : RowStatus.Accepted;
}

/// <summary>Collects the issues of an upload with messages that name file, row, column, value, rule and what is expected.</summary>
internal sealed class ValidationLog(string file, HeaderMatch header, KindSchema schema, int maxIssues = 200_000)
{
    /// <summary>Issues found beyond <c>maxIssues</c>: counted and their rows marked, but not listed (hostile files).</summary>
    public int NotListed { get; private set; }

    public string File => file;

    public List<Issue> Issues { get; } = [];

    public Dictionary<int, RowMark> Rows { get; } = [];

    public HeaderMatch Header => header;

    public KindSchema Schema => schema;

    /// <summary>An issue on a column of the schema (column -1: the whole row; row 0: the whole file).</summary>
    public void Add(int row, int column, ReadOnlySpan<char> value, string ruleId, params object?[] args)
    {
        var field = column >= 0 ? header.FieldOf[column] : -1;
        var name = column >= 0 ? schema.Columns[column].Name : null;
        AddAt(row, field, name, value, ruleId, args);
    }

    /// <summary>An issue on a field of the file by position.</summary>
    public void AddAt(int row, int field, string? columnName, ReadOnlySpan<char> value, string ruleId, params object?[] args)
    {
        var rule = RuleCatalogue.Get(ruleId);
        if (Issues.Count >= maxIssues)
        {
            NotListed++;
            if (row > 0 && rule.Severity is RuleSeverity.Hard)
            {
                Mark(row).Hard = true;
            }

            if (row > 0 && field >= 0 && rule.Severity is RuleSeverity.Hard or RuleSeverity.Soft)
            {
                Mark(row).Cells.Add((field, rule.Severity));
            }

            return;
        }

        var (expEn, expZh) = RuleCatalogue.Expected(rule, args);
        var head = field >= 0 && field < header.Headers.Count ? header.Headers[field] : columnName;
        var shown = CellParser.Show(value);
        var whereEn = row > 0 ? string.Create(CultureInfo.InvariantCulture, $" row {row}") : string.Empty;
        var whereZh = row > 0 ? string.Create(CultureInfo.InvariantCulture, $" 第{row}行") : string.Empty;
        var colEn = head is null ? string.Empty : $", column {head}";
        var colZh = head is null ? string.Empty : $"，{head}列";
        var en = $"{file}{whereEn}{colEn}: {rule.TitleEn}; expected {expEn}, found '{shown}' [{rule.Id}]";
        var zh = $"{file}{whereZh}{colZh}：{rule.TitleZh}；应为{expZh}，实为“{shown}”［{rule.Id}］";
        Issues.Add(new Issue(row, columnName, head, shown, rule.Id, rule.Severity, en, zh));
        if (row <= 0 || rule.Severity == RuleSeverity.Info && field < 0)
        {
            return;
        }

        var mark = Mark(row);
        mark.IssueIndexes.Add(Issues.Count - 1);
        if (rule.Severity == RuleSeverity.Hard)
        {
            mark.Hard = true;
        }

        if (field >= 0)
        {
            mark.Cells.Add((field, rule.Severity));
        }
    }

    public RowMark Mark(int row)
    {
        if (!Rows.TryGetValue(row, out var m))
        {
            m = new RowMark();
            Rows[row] = m;
        }

        return m;
    }

    public bool HasHard(int row) => Rows.TryGetValue(row, out var m) && m.Hard;

    /// <summary>Marks every row of each group of duplicates, naming all of the group's rows.</summary>
    public void Duplicates(IEnumerable<(string Value, List<int> Rows)> groups, int column, string ruleId)
    {
        foreach (var (value, g) in groups)
        {
            var rows = string.Join(", ", g.Select(r => r.ToString(CultureInfo.InvariantCulture)));
            foreach (var r in g)
            {
                Mark(r).Duplicate = true;
                Add(r, column, value, ruleId, rows);
            }
        }
    }

    public int Count(RuleSeverity severity) => Issues.Count(i => i.Severity == severity);

    /// <summary>Reports unknown and personal columns of the header (FILE-I01, FILE-I02).</summary>
    public void HeaderNotes()
    {
        foreach (var f in header.Unknown)
        {
            AddAt(0, f, null, header.Headers[f], "FILE-I01");
        }

        foreach (var f in header.Personal)
        {
            AddAt(0, f, null, header.Headers[f], "FILE-I02");
        }
    }
}
