using System.Globalization;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// Collects the issues of an upload with messages that name file, row, column, value, rule and what is expected. The
/// issues go to an <see cref="IssueSpill"/> as they are found (a temporary file beyond <c>spillAboveBytes</c> of them)
/// and each row's state to <see cref="RowMarks"/>, so memory stays flat however many warnings a file has; the reports
/// read them back at the end (<see cref="InRowOrder"/>).
/// </summary>
internal sealed class ValidationLog(string file, HeaderMatch header, KindSchema schema, int maxIssues = 200_000, int spillAboveBytes = 1 << 20)
    : IDisposable
{
    private readonly IssueSpill _spill = new(file, spillAboveBytes);
    private readonly SortedSet<string> _rules = new(StringComparer.Ordinal);
    private readonly SortedSet<int> _outsideAtFile = [];

    /// <summary>Issues found beyond <c>maxIssues</c>: counted and their rows marked, but not listed (hostile files).</summary>
    public int NotListed { get; private set; }

    /// <summary>Issues listed.</summary>
    public int Listed { get; private set; }

    public string File => file;

    public RowMarks Rows { get; } = new();

    public HeaderMatch Header => header;

    public KindSchema Schema => schema;

    /// <summary>True once the issues went to a temporary file.</summary>
    public bool Spilled => _spill.Spilled;

    /// <summary>The rules of the listed issues, in order of their ids.</summary>
    public IReadOnlyCollection<string> Rules => _rules;

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
        if (Listed >= maxIssues)
        {
            NotListed++;
            if (row > 0 && rule.Severity is RuleSeverity.Hard)
            {
                Rows.Set(row, RowMarks.Hard);
            }

            if (row > 0 && field >= 0 && rule.Severity is RuleSeverity.Hard or RuleSeverity.Soft)
            {
                Rows.Set(row, 0);
                _spill.AddCell(row, field, rule.Severity);
            }

            return;
        }

        var (expEn, expZh) = RuleCatalogue.Expected(rule, args);
        var head = field >= 0 && field < header.Headers.Count ? header.Headers[field] : columnName;
        _spill.AddIssue(row, field, columnName, head, CellParser.Show(value), rule, expEn, expZh);
        Listed++;
        _rules.Add(rule.Id);
        var outside = rule.Id.StartsWith("AUTH-H", StringComparison.Ordinal);
        if (outside && row <= 0)
        {
            _outsideAtFile.Add(row);
        }

        if (row <= 0 || rule.Severity == RuleSeverity.Info && field < 0)
        {
            return;
        }

        Rows.Set(row, (byte)(RowMarks.Listed | (rule.Severity == RuleSeverity.Hard ? RowMarks.Hard : 0) | (outside ? RowMarks.OutsideAuthority : 0)));
    }

    /// <summary>Highlights a cell of <paramref name="row"/> for an issue named on another cell.</summary>
    public void MarkCell(int row, int field, RuleSeverity severity)
    {
        Rows.Set(row, 0);
        _spill.AddCell(row, field, severity);
    }

    public bool HasHard(int row) => Rows.Has(row, RowMarks.Hard);

    /// <summary>Marks every row of each group of duplicates, naming all of the group's rows.</summary>
    public void Duplicates(IEnumerable<(string Value, List<int> Rows)> groups, int column, string ruleId)
    {
        foreach (var (value, g) in groups)
        {
            var rows = string.Join(", ", g.Select(r => r.ToString(CultureInfo.InvariantCulture)));
            foreach (var r in g)
            {
                Rows.Set(r, RowMarks.Duplicate);
                Add(r, column, value, ruleId, rows);
            }
        }
    }

    /// <summary>Listed issues of <paramref name="severity"/>.</summary>
    public int Count(RuleSeverity severity) => _spill.Entries().Count(e => e.Listed && e.Severity == severity);

    /// <summary>Soft issues listed on rows that were accepted (the warnings of an upload).</summary>
    public int Warnings()
        => _spill.Entries().Count(e => e.Listed && e.Severity == RuleSeverity.Soft && e.Row > 0
            && Rows.Of(e.Row) is var f && f != 0 && RowMarks.Status(f) == RowStatus.Accepted);

    /// <summary>The rows with a listed issue of an authority rule (AUTH-H), in order.</summary>
    public IEnumerable<int> OutsideAuthority() => _outsideAtFile.Concat(Rows.RowsWith(RowMarks.OutsideAuthority));

    /// <summary>The issues in row order (in the order found within a row), read back from where they were kept; with
    /// <paramref name="listedOnly"/> false also the cells to highlight of issues beyond the listed ones (no
    /// <see cref="LoggedIssue.Issue"/>). Read only once every issue is in.</summary>
    public IEnumerable<LoggedIssue> InRowOrder(bool listedOnly = true) => _spill.InRowOrder(listedOnly);

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

    public void Dispose() => _spill.Dispose();
}
