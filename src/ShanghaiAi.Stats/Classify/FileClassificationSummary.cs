namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// What <see cref="RegisterFileClassification.Run"/> did. Every data row is accounted for:
/// <c>Classified + Rejected + Duplicates = DataRows</c>.
/// </summary>
/// <param name="Problems">The first rejected or duplicate rows (at most 100); all are in <paramref name="RejectedFile"/>.</param>
/// <param name="RejectedFile">The CSV listing every row not classified, or null when there was none.</param>
/// <param name="UnknownColumns">Columns of the file that are not register columns (not used).</param>
public sealed record FileClassificationSummary(
    int DataRows,
    int Classified,
    int Rejected,
    int Duplicates,
    int InScope,
    int AiEnterprises,
    int Review,
    int Overridden,
    IReadOnlyDictionary<string, int> ByCategory,
    IReadOnlyList<RowProblem> Problems,
    string? RejectedFile,
    IReadOnlyList<string> UnknownColumns);
