using System.Globalization;
using ShanghaiAi.Stats.Ingest;

namespace ShanghaiAi.Stats.Pipeline;

/// <summary>
/// What <see cref="RegisterFileClassification.Run"/> did. Every data row is accounted for:
/// <c>Classified + Rejected + Duplicates = DataRows</c>.
/// </summary>
/// <param name="File">The register file's name.</param>
/// <param name="Problems">The first rejected or duplicate rows (at most 100), with the register rule that rejects them; all are in <paramref name="RejectedFile"/>.</param>
/// <param name="RejectedFile">The CSV listing every row not classified, or null when there was none.</param>
/// <param name="UnknownColumns">Columns of the file that are not register columns (not used).</param>
public sealed record FileClassificationSummary(
    string File,
    int DataRows,
    int Classified,
    int Rejected,
    int Duplicates,
    int InScope,
    int AiEnterprises,
    int Review,
    int Overridden,
    IReadOnlyDictionary<string, int> ByCategory,
    IReadOnlyList<Issue> Problems,
    string? RejectedFile,
    IReadOnlyList<string> UnknownColumns)
{
    /// <summary>A problem in words: "register.csv row 4, column name: expected the enterprise name, found an empty cell [REG-H03]".</summary>
    public string Describe(Issue problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var found = problem.Value is null ? string.Empty : $", found '{problem.Value}'";
        return string.Create(CultureInfo.InvariantCulture, $"{File} row {problem.Row}, column {problem.Column}: {problem.MessageEn}{found} [{problem.RuleId}]");
    }
}
