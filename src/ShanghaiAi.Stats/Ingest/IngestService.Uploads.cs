using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>The uploads table: one row per distinct (file content, kind, actor), its status and its report.</summary>
public sealed partial class IngestService
{
    private static PriorUpload? FindUpload(DuckDBConnection c, string sha, string kind, string actor)
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

    /// <summary>'U' + the first 16 hex digits of the SHA-256; the same file under another kind or actor gets a suffix.</summary>
    private static string NewUploadId(DuckDBConnection c, string sha)
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

    private static void RecordReceived(DuckDBConnection c, bool exists, string id, string sha, IngestRequest request, string fileName, string archive, DateTime now)
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
            cmd.Parameters.Add(new DuckDBParameter("k", request.Kind));
            cmd.Parameters.Add(new DuckDBParameter("r", request.Role));
            cmd.Parameters.Add(new DuckDBParameter("a", request.Actor));
        }

        cmd.ExecuteNonQuery();
    }

    private static void RecordLoaded(DuckDBConnection c, IngestResult r, string json)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            UPDATE uploads SET status = 'loaded', data_rows = $n, accepted = $a, rejected = $r, duplicates = $d, report_json = $j
            WHERE upload_id = $id
            """;
        cmd.Parameters.Add(new DuckDBParameter("n", r.DataRows));
        cmd.Parameters.Add(new DuckDBParameter("a", r.Accepted));
        cmd.Parameters.Add(new DuckDBParameter("r", r.Rejected));
        cmd.Parameters.Add(new DuckDBParameter("d", r.Duplicates));
        cmd.Parameters.Add(new DuckDBParameter("j", json));
        cmd.Parameters.Add(new DuckDBParameter("id", r.UploadId));
        cmd.ExecuteNonQuery();
    }

    private static void RecordStatus(DuckDBConnection c, string id, string status, string? json)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "UPDATE uploads SET status = $s, report_json = coalesce($j, report_json) WHERE upload_id = $id";
        cmd.Parameters.Add(new DuckDBParameter("s", status));
        cmd.Parameters.Add(new DuckDBParameter("j", json));
        cmd.Parameters.Add(new DuckDBParameter("id", id));
        cmd.ExecuteNonQuery();
    }

    /// <summary>The earlier result of a file already loaded, read back from its stored report.</summary>
    private static IngestResult Replay(PriorUpload prior)
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
