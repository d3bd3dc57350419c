using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>The owner of the <c>uploads</c> table: one row per attempt at a file (content, kind, actor), its status and
/// its report. Works on the caller's connection (ingestion holds the warehouse's write connection for the whole upload).</summary>
internal static class UploadStore
{
    /// <summary>The latest upload of the same content by the same kind and actor, or null.</summary>
    public static PriorUpload? Latest(DuckDBConnection c, string sha, string kind, string actor)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT upload_id, status, report_json, coalesce(rejected, 0), coalesce(duplicates, 0) FROM uploads
            WHERE sha256 = $s AND kind = $k AND actor = $a ORDER BY received_at DESC, length(upload_id) DESC, upload_id DESC LIMIT 1
            """;
        cmd.Parameters.Add(new DuckDBParameter("s", sha));
        cmd.Parameters.Add(new DuckDBParameter("k", kind));
        cmd.Parameters.Add(new DuckDBParameter("a", actor));
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        var json = r.IsDBNull(2) ? null : r.GetString(2);
        string? error = null;
        if (json is not null)
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object)
            {
                error = e.GetProperty("message_en").GetString();
            }
        }

        return new PriorUpload(r.GetString(0), r.GetString(1), json, error, Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture),
            Convert.ToInt32(r.GetValue(4), CultureInfo.InvariantCulture));
    }

    /// <summary>A new upload id: 'U' + the first 16 hex digits of the SHA-256; the same file under another kind or actor gets a suffix.</summary>
    public static string NewId(DuckDBConnection c, string sha)
    {
        var id = "U" + sha[..16];
        for (var n = 2; ; n++)
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM uploads WHERE upload_id = $id";
            cmd.Parameters.Add(new DuckDBParameter("id", id));
            if (Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
            {
                return id;
            }

            id = "U" + sha[..16] + "-" + n.ToString(CultureInfo.InvariantCulture);
        }
    }

    public static void Received(DuckDBConnection c, bool exists, string id, string sha, string kind, string role, string actor, string fileName, string archive, DateTime now)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = exists
            ? "UPDATE uploads SET status = 'received', received_at = $now, file_name = $f, archive_path = $p WHERE upload_id = $id"
            : "INSERT INTO uploads (upload_id, sha256, kind, file_name, role, actor, archive_path, received_at, status) VALUES ($id, $s, $k, $f, $r, $a, $p, $now, 'received')";
        cmd.Parameters.Add(new DuckDBParameter("id", id));
        cmd.Parameters.Add(new DuckDBParameter("f", fileName));
        cmd.Parameters.Add(new DuckDBParameter("p", archive));
        cmd.Parameters.Add(new DuckDBParameter("now", now));
        if (!exists)
        {
            cmd.Parameters.Add(new DuckDBParameter("s", sha));
            cmd.Parameters.Add(new DuckDBParameter("k", kind));
            cmd.Parameters.Add(new DuckDBParameter("r", role));
            cmd.Parameters.Add(new DuckDBParameter("a", actor));
        }

        cmd.ExecuteNonQuery();
    }

    public static void Loaded(DuckDBConnection c, string uploadId, int dataRows, int accepted, int rejected, int duplicates, string json)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            UPDATE uploads SET status = 'loaded', data_rows = $n, accepted = $a, rejected = $r, duplicates = $d, report_json = $j
            WHERE upload_id = $id
            """;
        cmd.Parameters.Add(new DuckDBParameter("n", dataRows));
        cmd.Parameters.Add(new DuckDBParameter("a", accepted));
        cmd.Parameters.Add(new DuckDBParameter("r", rejected));
        cmd.Parameters.Add(new DuckDBParameter("d", duplicates));
        cmd.Parameters.Add(new DuckDBParameter("j", json));
        cmd.Parameters.Add(new DuckDBParameter("id", uploadId));
        cmd.ExecuteNonQuery();
    }

    public static void Status(DuckDBConnection c, string id, string status, string? json)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "UPDATE uploads SET status = $s, report_json = coalesce($j, report_json) WHERE upload_id = $id";
        cmd.Parameters.Add(new DuckDBParameter("s", status));
        cmd.Parameters.Add(new DuckDBParameter("j", json));
        cmd.Parameters.Add(new DuckDBParameter("id", id));
        cmd.ExecuteNonQuery();
    }

    /// <summary>The committed status of an upload, or null when there is none.</summary>
    public static string? StatusOf(DuckDBConnection c, string uploadId)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT status FROM uploads WHERE upload_id = $id";
        cmd.Parameters.Add(new DuckDBParameter("id", uploadId));
        return cmd.ExecuteScalar() as string;
    }

    /// <summary>Kind, role, actor, archived copy and file name of an upload, or null when there is none.</summary>
    public static (string Kind, string Role, string Actor, string ArchivePath, string FileName)? Find(DuckDBConnection c, string uploadId)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT kind, role, actor, archive_path, file_name FROM uploads WHERE upload_id = $id";
        cmd.Parameters.Add(new DuckDBParameter("id", uploadId));
        using var r = cmd.ExecuteReader();
        return r.Read() ? (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)) : null;
    }

    /// <summary>The stored report of each upload that has one (of one upload, or of all), in the order received.</summary>
    public static IEnumerable<(string UploadId, string FileName, string ReportJson)> Reports(DuckDBConnection c, string? uploadId)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT upload_id, file_name, report_json FROM uploads WHERE report_json IS NOT NULL AND ($id IS NULL OR upload_id = $id) ORDER BY received_at, upload_id";
        cmd.Parameters.Add(new DuckDBParameter("id", uploadId));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return (r.GetString(0), r.GetString(1), r.GetString(2));
        }
    }
}
