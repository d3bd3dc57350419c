using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>The machine-readable validation report of an upload (also stored in <c>uploads.report_json</c>).</summary>
internal static class ValidationReportJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Largest report stored whole in <c>uploads.report_json</c>; a larger one is stored without its list of
    /// issues (the file holds them): DuckDB rewrites a 100 MB string slowly, and the warehouse only needs the summary.</summary>
    public const int MaxStoredChars = 4 << 20;

    /// <summary>Writes the report (as a part file, see <see cref="ReportFiles"/>) straight to the file, the issues read back
    /// from the log as it goes, and returns what the warehouse stores.</summary>
    public static string Write(UploadMeta meta, string? readAs, HeaderMatch? header, ValidationLog? log, IngestResult? result, Exception? error)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(meta.JsonPath)!);
        // Written beside its final name; moved into place once the status it states is committed (ReportFiles).
        var part = ReportFiles.PartOf(meta.JsonPath);
        long chars;
        using (var f = new FileStream(part, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var counted = new Utf16CountingStream(f))
        {
            Build(counted, meta, readAs, header, log, result, error, listIssues: true);
            chars = counted.Chars;
        }

        if (chars <= MaxStoredChars)
        {
            return File.ReadAllText(part, Encoding.UTF8);
        }

        using var ms = new MemoryStream();
        Build(ms, meta, readAs, header, log, result, error, listIssues: false);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void Build(Stream output, UploadMeta meta, string? readAs, HeaderMatch? header, ValidationLog? log, IngestResult? result, Exception? error,
        bool listIssues)
    {
        using (var w = new Utf8JsonWriter(output, Options))
        {
            w.WriteStartObject();
            w.WriteString("upload_id", meta.UploadId);
            w.WriteString("kind", meta.Kind);
            w.WriteString("file_name", meta.FileName);
            w.WriteString("sha256", meta.Sha256);
            w.WriteString("archive_path", meta.ArchivePath);
            w.WriteString("received_at", meta.ReceivedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            w.WriteString("role", meta.Role);
            w.WriteString("actor", meta.Actor);
            w.WriteString("status", error is null ? "loaded" : "rejected-file");
            w.WriteString("json_report", meta.JsonPath);
            w.WriteString("xlsx_report", error is null ? meta.XlsxPath : string.Empty);
            if (error is not null)
            {
                w.WriteStartObject("error");
                w.WriteString("rule", FileRejection.RuleOf(error));
                w.WriteString("message_en", error.Message);
                w.WriteString("message_zh", error.Data["MessageZh"] as string);
                w.WriteEndObject();
            }

            if (readAs is not null)
            {
                w.WriteString("read_as", readAs);
            }

            if (header is not null && log is not null)
            {
                w.WriteNumber("header_row", header.HeaderRow);
                w.WriteStartArray("columns");
                for (var i = 0; i < header.FieldOf.Length; i++)
                {
                    if (header.FieldOf[i] >= 0)
                    {
                        w.WriteStartObject();
                        w.WriteString("column", log.Schema.Columns[i].Name);
                        w.WriteString("header", header.Headers[header.FieldOf[i]]);
                        w.WriteEndObject();
                    }
                }

                w.WriteEndArray();
                w.WriteStartArray("unknown_columns");
                foreach (var f in header.Unknown)
                {
                    w.WriteStringValue(header.Headers[f]);
                }

                w.WriteEndArray();
                w.WriteStartArray("dropped_personal_columns");
                foreach (var f in header.Personal)
                {
                    w.WriteStringValue(header.Headers[f]);
                }

                w.WriteEndArray();
            }

            if (result is not null)
            {
                w.WriteStartObject("counts");
                w.WriteNumber("data_rows", result.DataRows);
                w.WriteNumber("accepted", result.Accepted);
                w.WriteNumber("rejected", result.Rejected);
                w.WriteNumber("duplicates", result.Duplicates);
                w.WriteNumber("warnings", result.Warnings);
                w.WriteNumber("unchanged", result.Unchanged);
                w.WriteBoolean("balanced", result.Accepted + result.Rejected + result.Duplicates == result.DataRows);
                w.WriteEndObject();
            }

            if (log is not null)
            {
                // The rows that fell outside the sender's authority (AUTH-H rules of Access/Authority), rejected.
                w.WriteStartArray("outside_authority");
                foreach (var row in log.OutsideAuthority())
                {
                    w.WriteNumberValue(row);
                }

                w.WriteEndArray();
                w.WriteNumber("issues_not_listed", listIssues ? log.NotListed : log.NotListed + log.Listed);
                w.WriteStartArray("issues");
                foreach (var i in listIssues ? log.InRowOrder().Select(e => e.Issue!) : [])
                {
                    w.WriteStartObject();
                    w.WriteNumber("row", i.Row);
                    w.WriteString("column", i.Column);
                    w.WriteString("header", i.Header);
                    w.WriteString("value", i.Value);
                    w.WriteString("rule", i.RuleId);
                    w.WriteString("severity", i.Severity.ToString().ToLowerInvariant());
                    w.WriteString("message_en", i.MessageEn);
                    w.WriteString("message_zh", i.MessageZh);
                    w.WriteEndObject();
                    if (w.BytesPending > 1 << 16)
                    {
                        w.Flush();
                    }
                }

                w.WriteEndArray();
                w.WriteStartArray("rules");
                foreach (var id in log.Rules)
                {
                    var r = RuleCatalogue.Get(id);
                    w.WriteStartObject();
                    w.WriteString("id", r.Id);
                    w.WriteString("severity", r.Severity.ToString().ToLowerInvariant());
                    w.WriteString("title_en", r.TitleEn);
                    w.WriteString("title_zh", r.TitleZh);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }
    }
}
