namespace ShanghaiAi.Stats.Warehouse;

/// <summary>A row of the uploads table found for a file already seen.</summary>
internal sealed record PriorUpload(string UploadId, string Status, string? ReportJson, string? Error, int Rejected, int Duplicates);
