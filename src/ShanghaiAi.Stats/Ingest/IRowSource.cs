namespace ShanghaiAi.Stats.Ingest;

/// <summary>Rows of an uploaded table, read forward once. Entirely empty rows are skipped.</summary>
internal interface IRowSource : IDisposable
{
    /// <summary>Moves to the next non-empty row; false at the end.</summary>
    bool Read();

    /// <summary>The row number a spreadsheet shows (CSV: record number; XLSX: the row's r; JSON: element number).</summary>
    int RowNumber { get; }

    int FieldCount { get; }

    /// <summary>The text of field <paramref name="index"/>; empty beyond <see cref="FieldCount"/>.</summary>
    ReadOnlySpan<char> Field(int index);
}

/// <summary>Helpers over <see cref="IRowSource"/>.</summary>
internal static class RowSourceExtensions
{
    public static string[] Snapshot(this IRowSource source)
    {
        var a = new string[source.FieldCount];
        for (var i = 0; i < a.Length; i++)
        {
            a[i] = source.Field(i).ToString();
        }

        return a;
    }
}
