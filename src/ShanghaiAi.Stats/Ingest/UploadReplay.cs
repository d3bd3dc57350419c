using System.Text.Json;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>An identical re-upload answered from its earlier result (the stored report), without reading the file again.</summary>
internal static class UploadReplay
{
    /// <summary>The earlier result of a file already loaded, read back from its stored report.</summary>
    public static IngestResult Of(PriorUpload prior)
    {
        using var doc = JsonDocument.Parse(prior.ReportJson ?? "{}");
        var root = doc.RootElement;
        var counts = root.GetProperty("counts");
        int N(string name) => counts.GetProperty(name).GetInt32();
        var jsonPath = root.GetProperty("json_report").GetString()!;
        if (!File.Exists(jsonPath) && prior.ReportJson is not null)
        {
            // The report file went missing (deleted, or a crash right after the commit): the warehouse holds it.
            Directory.CreateDirectory(Path.GetDirectoryName(jsonPath)!);
            File.WriteAllText(jsonPath, prior.ReportJson, new System.Text.UTF8Encoding(false));
        }

        return new IngestResult(prior.UploadId, root.GetProperty("kind").GetString()!, root.GetProperty("file_name").GetString()!,
            root.GetProperty("sha256").GetString()!, N("data_rows"), N("accepted"), N("rejected"), N("duplicates"), N("warnings"), true,
            root.GetProperty("json_report").GetString()!, root.GetProperty("xlsx_report").GetString()!, [],
            counts.TryGetProperty("unchanged", out var u) ? u.GetInt32() : 0);
    }
}
