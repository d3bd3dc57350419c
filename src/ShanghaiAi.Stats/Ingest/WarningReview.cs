using System.Text.Json;
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
        var decisions = WarningDecisionStore.Latest(c, uploadId);
        var list = new List<SoftWarning>();
        foreach (var (id, file, json) in UploadStore.Reports(c, uploadId))
        {
            using var doc = JsonDocument.Parse(json);
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

        warehouse.Write(c => WarningDecisionStore.Add(c, decision.UploadId, decision.Row, decision.RuleId, decision.Decision, decision.Note,
            decision.DecidedBy, time.GetUtcNow().UtcDateTime));
    }

    private static string? Text(JsonElement e, string name)
        => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
