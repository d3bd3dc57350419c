using System.Text.Json;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Ingest;

/// <summary>
/// The review of soft-rule warnings: soft edits accept a row with a warning that a statistician confirms or sends
/// back (statistics.md "Validation edits"). Warnings are read from each upload's stored validation report; decisions
/// are kept with history in <c>warning_decisions</c>.
/// </summary>
public static class WarningReview
{
    /// <summary>The soft warnings of one upload (or of every upload), open ones only unless <paramref name="includeDecided"/>.</summary>
    public static IReadOnlyList<SoftWarning> List(StatsWarehouse warehouse, string? uploadId = null, bool includeDecided = false)
    {
        using var c = Guard.NotNull(warehouse).OpenRead();
        var decisions = Decisions(c, uploadId);
        var list = new List<SoftWarning>();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT upload_id, file_name, report_json FROM uploads WHERE report_json IS NOT NULL AND ($id IS NULL OR upload_id = $id) ORDER BY received_at, upload_id";
        cmd.Parameters.Add(new DuckDBParameter("id", uploadId));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var (id, file) = (r.GetString(0), r.GetString(1));
            using var doc = JsonDocument.Parse(r.GetString(2));
            if (!doc.RootElement.TryGetProperty("issues", out var issues))
            {
                continue;
            }

            foreach (var i in issues.EnumerateArray().Where(i => i.GetProperty("severity").GetString() == "soft"))
            {
                var row = i.GetProperty("row").GetInt32();
                var rule = i.GetProperty("rule").GetString()!;
                var isDecided = decisions.TryGetValue((id, row, rule), out var decided);
                if (!isDecided || includeDecided)
                {
                    list.Add(new SoftWarning(id, file, row, rule, Text(i, "column"), Text(i, "value"), Text(i, "message_en") ?? rule,
                        Text(i, "message_zh") ?? rule, isDecided ? decided.Decision : null, isDecided ? decided.By : null));
                }
            }
        }

        return list;
    }

    /// <summary>Records a decision. The warning must exist on that upload, row and rule; the decision must be
    /// <c>confirmed</c> or <c>sent-back</c>. A later decision on the same warning supersedes the earlier one.</summary>
    public static void Decide(StatsWarehouse warehouse, WarningDecision decision, TimeProvider time)
    {
        Guard.NotNull(decision);
        if (decision.Decision is not (WarningDecision.Confirmed or WarningDecision.SentBack))
        {
            throw new StatsException($"decision: expected '{WarningDecision.Confirmed}' or '{WarningDecision.SentBack}', found '{decision.Decision}'");
        }

        Guard.NotEmpty(decision.DecidedBy);
        var onRow = List(warehouse, decision.UploadId, includeDecided: true).Where(w => w.Row == decision.Row).ToList();
        if (!onRow.Any(w => w.RuleId == decision.RuleId))
        {
            var found = onRow.Count == 0 ? "none" : string.Join(", ", onRow.Select(w => w.RuleId).Distinct(StringComparer.Ordinal));
            throw new StatsException($"upload {decision.UploadId} row {decision.Row}: expected a soft warning {decision.RuleId} to decide, found {found}");
        }

        warehouse.Write(c =>
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = "INSERT INTO warning_decisions VALUES ($u, $row, $rule, $d, $note, $by, $at)";
            cmd.Parameters.Add(new DuckDBParameter("u", decision.UploadId));
            cmd.Parameters.Add(new DuckDBParameter("row", decision.Row));
            cmd.Parameters.Add(new DuckDBParameter("rule", decision.RuleId));
            cmd.Parameters.Add(new DuckDBParameter("d", decision.Decision));
            cmd.Parameters.Add(new DuckDBParameter("note", decision.Note));
            cmd.Parameters.Add(new DuckDBParameter("by", decision.DecidedBy));
            cmd.Parameters.Add(new DuckDBParameter("at", time.GetUtcNow().UtcDateTime));
            cmd.ExecuteNonQuery();
        });
    }

    private static Dictionary<(string, int, string), (string Decision, string By)> Decisions(DuckDBConnection c, string? uploadId)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT upload_id, source_row, rule_id, arg_max(decision, decided_at), arg_max(decided_by, decided_at)
            FROM warning_decisions WHERE $id IS NULL OR upload_id = $id GROUP BY ALL
            """;
        cmd.Parameters.Add(new DuckDBParameter("id", uploadId));
        using var r = cmd.ExecuteReader();
        var map = new Dictionary<(string, int, string), (string, string)>();
        while (r.Read())
        {
            map[(r.GetString(0), r.GetInt32(1), r.GetString(2))] = (r.GetString(3), r.GetString(4));
        }

        return map;
    }

    private static string? Text(JsonElement e, string name)
        => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
