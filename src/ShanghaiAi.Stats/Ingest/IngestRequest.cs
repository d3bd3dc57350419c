namespace ShanghaiAi.Stats.Ingest;

/// <summary>One upload to ingest.</summary>
/// <param name="Kind">register | member-roster | monthly-report | park-report.</param>
/// <param name="Role">The caller's role: statistician | association | park | enterprise.</param>
/// <param name="Actor">The caller's id (association id, park id, user); an association's roster is recorded under it.</param>
/// <param name="ReportDir">Folder of the validation reports; default <see cref="IngestOptions.ReportDir"/>.</param>
/// <param name="Sheet">The XLSX sheet to read; default the first sheet with a header row of this kind.</param>
public sealed record IngestRequest(
    string Kind,
    string FilePath,
    string Role = "statistician",
    string Actor = "local",
    string? ReportDir = null,
    string? Sheet = null);
