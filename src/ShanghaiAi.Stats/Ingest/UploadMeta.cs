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
