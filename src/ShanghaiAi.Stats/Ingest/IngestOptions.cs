namespace ShanghaiAi.Stats.Ingest;

/// <summary>Where uploads are archived and the limits that protect against hostile files.</summary>
/// <param name="ArchiveDir">Raw files are kept here unchanged, named by their SHA-256.</param>
/// <param name="ReportDir">Default folder of the validation reports (JSON + XLSX).</param>
/// <param name="MaxFileBytes">Largest accepted upload, in bytes.</param>
/// <param name="MaxUncompressedBytes">Largest total uncompressed size of an XLSX package (zip bombs).</param>
/// <param name="MaxRows">Most data rows in one upload.</param>
/// <param name="MaxCellChars">Longest accepted cell, in characters (longer: the row is rejected, FILE-H01).</param>
/// <param name="MaxIssues">Most issues listed in a report; beyond it they are counted, and their rows still marked.</param>
/// <param name="XlsxReportAllRowsLimit">Up to this many data rows the XLSX report holds every row; above it only rows with problems.</param>
/// <param name="StreamTextAboveBytes">A UTF-8 CSV larger than this is read part by part (memory flat in the file's size);
/// smaller ones are read whole.</param>
/// <param name="StreamPartBytes">The size of one part of a streamed CSV (cut at a record end).</param>
/// <param name="SpillIssuesAboveBytes">The issues of an upload are kept in memory up to this many bytes of records, then in a
/// temporary file (memory flat however many warnings a file has).</param>
/// <param name="ResultIssues">Most issues handed back in <see cref="IngestResult.Issues"/> (the first in row order); the
/// reports list them all (up to <paramref name="MaxIssues"/>).</param>
public sealed record IngestOptions(
    string ArchiveDir,
    string ReportDir,
    long MaxFileBytes = 512L * 1024 * 1024,
    long MaxUncompressedBytes = 1024L * 1024 * 1024,
    int MaxRows = 2_000_000,
    int MaxCellChars = 4_000,
    int XlsxReportAllRowsLimit = 50_000,
    int MaxIssues = 200_000,
    long StreamTextAboveBytes = 16L << 20,
    int StreamPartBytes = 4 << 20,
    int SpillIssuesAboveBytes = 1 << 20,
    int ResultIssues = 10_000)
{
    /// <summary>Defaults for a warehouse file: <c>archive/</c> and <c>reports/</c> beside it.</summary>
    public static IngestOptions ForDatabase(string dbPath)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(dbPath)) ?? ".";
        return new IngestOptions(Path.Combine(dir, "archive"), Path.Combine(dir, "reports"));
    }
}
