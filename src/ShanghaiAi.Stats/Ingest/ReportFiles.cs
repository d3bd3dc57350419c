using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// The validation report files of an upload follow its status in the warehouse, whatever moment a crash comes: they
/// are written as <c>*.part</c> files and moved into place only once the status they state is committed. A crash
/// before the commit leaves parts that nothing reads (removed by <see cref="Repair"/>); a crash after it leaves parts
/// that <see cref="Repair"/> completes from the committed report (<c>uploads.report_json</c>).
/// </summary>
internal static class ReportFiles
{
    private const string Part = ".part";
    private const string JsonSuffix = ".validation.json";
    private const string XlsxSuffix = ".validation.xlsx";

    public static string PartOf(string path) => path + Part;

    /// <summary>Moves the upload's report parts into place (after its status was committed).</summary>
    public static void Publish(string jsonPath, string? xlsxPath)
    {
        MoveIfThere(PartOf(jsonPath), jsonPath);
        if (!string.IsNullOrEmpty(xlsxPath))
        {
            MoveIfThere(PartOf(xlsxPath), xlsxPath);
        }
    }

    /// <summary>Completes or removes the report parts left in <paramref name="dir"/> by a crash, by the committed status
    /// of their uploads.</summary>
    public static void Repair(DuckDBConnection c, string dir)
    {
        if (!Directory.Exists(dir))
        {
            return;
        }

        foreach (var part in Directory.EnumerateFiles(dir, "*" + JsonSuffix + Part))
        {
            var name = Path.GetFileName(part);
            var uploadId = name[..^(JsonSuffix.Length + Part.Length)];
            var json = part[..^Part.Length];
            var xlsx = Path.Combine(dir, uploadId + XlsxSuffix);
            var (status, report) = Committed(c, uploadId);
            if (status is "loaded" or "rejected-file" && report is not null && ReportedStatus(report) == status)
            {
                File.WriteAllText(json, report, new UTF8Encoding(false));
                File.Delete(part);
                MoveIfThere(PartOf(xlsx), xlsx);
            }
            else if (status is not "loaded" and not "rejected-file")
            {
                // Never committed: the parts state an outcome that did not happen.
                File.Delete(part);
                if (File.Exists(PartOf(xlsx)))
                {
                    File.Delete(PartOf(xlsx));
                }
            }
        }
    }

    private static (string? Status, string? Report) Committed(DuckDBConnection c, string uploadId)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT status, report_json FROM uploads WHERE upload_id = $id";
        cmd.Parameters.Add(new DuckDBParameter("id", uploadId));
        using var r = cmd.ExecuteReader();
        return r.Read() ? (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1)) : (null, null);
    }

    private static string? ReportedStatus(string report)
    {
        using var doc = JsonDocument.Parse(report);
        return doc.RootElement.TryGetProperty("status", out var s) ? s.GetString() : null;
    }

    private static void MoveIfThere(string from, string to)
    {
        if (File.Exists(from))
        {
            File.Move(from, to, overwrite: true);
        }
    }
}
