using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>The machine-readable validation report of an upload (also stored in <c>uploads.report_json</c>).</summary>
internal static class ValidationReportJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(UploadMeta meta, string? readAs, HeaderMatch? header, ValidationLog? log, IngestResult? result, Exception? error)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, Options))
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
                w.WriteBoolean("balanced", result.Accepted + result.Rejected + result.Duplicates == result.DataRows);
                w.WriteEndObject();
            }

            if (log is not null)
            {
                // The rows that fell outside the sender's authority (AUTH-H rules of Access/Authority), rejected.
                w.WriteStartArray("outside_authority");
                foreach (var row in log.Issues.Where(i => i.RuleId.StartsWith("AUTH-H", StringComparison.Ordinal)).Select(i => i.Row).Distinct().Order())
                {
                    w.WriteNumberValue(row);
                }

                w.WriteEndArray();
                w.WriteNumber("issues_not_listed", log.NotListed);
                w.WriteStartArray("issues");
                foreach (var i in result?.Issues ?? log.Issues)
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
                }

                w.WriteEndArray();
                w.WriteStartArray("rules");
                foreach (var id in log.Issues.Select(i => i.RuleId).Distinct().Order(StringComparer.Ordinal))
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

        var json = Encoding.UTF8.GetString(ms.ToArray());
        Directory.CreateDirectory(Path.GetDirectoryName(meta.JsonPath)!);
        File.WriteAllText(meta.JsonPath, json, new UTF8Encoding(false));
        return json;
    }
}
