namespace ShanghaiAi.Stats.Ingest;

/// <summary>Facts about one upload recorded before it is read.</summary>
internal sealed record UploadMeta(
    string UploadId,
    string Kind,
    string FileName,
    string Sha256,
    string ArchivePath,
    DateTime ReceivedAt,
    string Role,
    string Actor,
    string JsonPath,
    string XlsxPath);

/// <summary>A row of the uploads table found for a file already seen.</summary>
internal sealed record PriorUpload(string UploadId, string Status, string? ReportJson, string? Error, int Rejected, int Duplicates);
