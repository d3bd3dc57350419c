using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Reference;

/// <summary>A reference CSV file with required columns; rows report problems by file, row and column.</summary>
internal sealed class Table
{
    private Table(string file, List<TableRow> rows)
    {
        File = file;
        Rows = rows;
    }

    public string File { get; }

    public IReadOnlyList<TableRow> Rows { get; }

    public static Table Read(Func<string, string?> read, string file, params string[] columns)
    {
        var text = read(file) ?? throw new StatsException($"{file}: reference file not found");
        var records = CsvText.Parse(text);
        if (records.Count == 0)
        {
            throw new StatsException($"{file}: expected a header row, found an empty file");
        }

        var header = records[0].Select(h => h.Trim()).ToArray();
        var missing = columns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw new StatsException($"{file}: missing column(s) {string.Join(", ", missing)}; found {string.Join(", ", header)}");
        }

        var index = header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i, StringComparer.Ordinal);
        var rows = new List<TableRow>();
        for (var r = 1; r < records.Count; r++)
        {
            if (records[r].Length != header.Length)
            {
                throw new StatsException($"{file} row {r + 1}: expected {header.Length} fields, found {records[r].Length}");
            }

            rows.Add(new TableRow(file, r + 1, records[r], index));
        }

        return new Table(file, rows);
    }

    public void Unique(IEnumerable<string> values, string column)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var row = 2;
        foreach (var v in values)
        {
            if (!seen.Add(v))
            {
                throw new StatsException($"{File} row {row}, column {column}: duplicate value '{v}'");
            }

            row++;
        }
    }
}

/// <summary>One data row of a reference table.</summary>
internal sealed class TableRow(string file, int number, string[] fields, Dictionary<string, int> index)
{
    public int Number => number;

    public string? Optional(string column)
    {
        var v = fields[index[column]].Trim();
        return v.Length == 0 ? null : v;
    }

    public string Required(string column)
        => Optional(column) ?? throw new StatsException($"{file} row {number}, column {column}: expected a value, found an empty cell");

    public void Expect(string column, bool condition, string expected)
    {
        if (!condition)
        {
            throw new StatsException($"{file} row {number}, column {column}: expected {expected}, found '{fields[index[column]]}'");
        }
    }
}
