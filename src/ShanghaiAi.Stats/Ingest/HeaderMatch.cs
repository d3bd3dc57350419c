namespace ShanghaiAi.Stats.Ingest;

/// <summary>The header row of an upload mapped onto a kind's columns.</summary>
/// <param name="HeaderRow">Row number of the header (0 for JSON).</param>
/// <param name="Headers">The headers as written, by field index.</param>
/// <param name="FieldOf">For each column of the kind's schema, the field index in the file, or -1.</param>
/// <param name="Unknown">Field indexes of columns that belong to no column of the kind.</param>
/// <param name="Personal">Field indexes of personal contact columns (dropped).</param>
internal sealed record HeaderMatch(
    int HeaderRow,
    IReadOnlyList<string> Headers,
    int[] FieldOf,
    IReadOnlyList<int> Unknown,
    IReadOnlyList<int> Personal)
{
    public string HeaderOf(int column) => FieldOf[column] >= 0 ? Headers[FieldOf[column]] : string.Empty;
}
