using System.Text.Json;
using DuckDB.NET.Data;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// The validation report files of an upload follow its status in the warehouse, whatever moment a crash comes: they
/// are written as <c>*.part</c> files and moved into place only once the status they state is committed. A crash
/// before the commit leaves parts that nothing reads (removed by <see cref="Repair"/>); a crash after it leaves parts
/// that <see cref="Repair"/> moves into place, since the status they state is the committed one.
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
            var status = Warehouse.UploadStore.StatusOf(c, uploadId);
            if (status is "loaded" or "rejected-file" && StatedStatus(part) == status)
            {
                MoveIfThere(part, json);
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

    /// <summary>The top-level "status" of a report file, read as a stream (a report can be hundreds of megabytes).</summary>
    private static string? StatedStatus(string path)
    {
        var bytes = new byte[8192];
        int n;
        using (var f = File.OpenRead(path))
        {
            n = f.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        }

        var reader = new Utf8JsonReader(bytes.AsSpan(0, n), isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("status"u8) && reader.Read())
                {
                    return reader.GetString();
                }
            }
        }
        catch (JsonException)
        {
            // A part cut short by the crash: it states nothing.
        }

        return null;
    }

    private static void MoveIfThere(string from, string to)
    {
        if (File.Exists(from))
        {
            File.Move(from, to, overwrite: true);
        }
    }
}
