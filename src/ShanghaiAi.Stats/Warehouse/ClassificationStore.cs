using DuckDB.NET.Data;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>
/// The only reader and writer of the classification tables: <c>classifications</c> (one current row per enterprise,
/// earlier ones closed by <c>valid_to</c>) and <c>classification_overrides</c> (statisticians' decisions, a new one
/// superseding the current one, so the history stays). It hands records in and out; the classifying itself is a pure
/// function passed in (<see cref="Classifier.Classify(ClassificationInput, ClassificationOverride?)"/>).
/// </summary>
public sealed class ClassificationStore(StatsWarehouse warehouse)
{
    private readonly StatsWarehouse _warehouse = Guard.NotNull(warehouse);

    /// <summary>
    /// Classifies every enterprise of the current register with <paramref name="classify"/> (given its register row,
    /// the AI revenue share of its latest current report, ai_revenue_ytd / revenue_ytd when revenue_ytd > 0, and its
    /// current override) and stores the results in one transaction. Every current row is replaced, unless
    /// <paramref name="onlyChanged"/>: then an enterprise whose result (and edition) is unchanged keeps its row.
    /// Rows of enterprises no longer in the current register are closed. The results carry no fingerprint (the rules
    /// of <paramref name="classify"/> are unknown), so a later fingerprinted refresh classifies them again.
    /// </summary>
    public ClassificationRunSummary Reclassify(string edition, DateTimeOffset at, Func<ClassificationInput, ClassificationOverride?, ClassificationResult> classify, bool onlyChanged = false)
        => _warehouse.Write(c =>
        {
            using var tx = c.BeginTransaction();
            var s = Reclassify(c, edition, at, classify, onlyChanged, null);
            tx.Commit();
            return s;
        });

    /// <summary>
    /// As <see cref="Reclassify(string, DateTimeOffset, Func{ClassificationInput, ClassificationOverride?, ClassificationResult}, bool)"/>
    /// with <paramref name="classifier"/> under its edition, each result stored with the fingerprint of its inputs
    /// (<see cref="ClassificationFingerprint"/>). With <paramref name="onlyChanged"/>, an enterprise whose stored
    /// fingerprint equals its current inputs' is not classified again (the result would be the one stored): the stored
    /// rows and the counts are those of classifying everyone.
    /// </summary>
    public ClassificationRunSummary Reclassify(Classifier classifier, DateTimeOffset at, bool onlyChanged = false)
    {
        Guard.NotNull(classifier);
        return _warehouse.Write(c =>
        {
            using var tx = c.BeginTransaction();
            var s = Reclassify(c, classifier.Standard.Edition, at, classifier.Classify, onlyChanged, ClassificationFingerprint.RulesOf(classifier));
            tx.Commit();
            return s;
        });
    }

    /// <summary>As the public <c>Reclassify</c>, inside the caller's open transaction on <paramref name="c"/> (the
    /// register load), which sees its uncommitted rows; <paramref name="rules"/> is the rules version of
    /// <paramref name="classify"/> (<see cref="ClassificationFingerprint.RulesOf"/>) or null when unknown.</summary>
    internal static ClassificationRunSummary Reclassify(DuckDBConnection c, string edition, DateTimeOffset at,
        Func<ClassificationInput, ClassificationOverride?, ClassificationResult> classify, bool onlyChanged, string? rules)
        => ClassificationRefresh.Run(c, edition, at, classify, onlyChanged, rules);

    /// <summary>
    /// The register load's one call (issue 11): in its open transaction on <paramref name="c"/>, every enterprise of the
    /// current register whose inputs changed since its stored classification (new, changed register row, changed share
    /// or override, another edition, keyword list or build) is classified again, and its row replaced when the result
    /// differs; the others keep their rows. With <paramref name="staged"/>, the results a <see cref="ClassificationStage"/>
    /// of <see cref="Classifier.Embedded"/> staged during the load are taken where their fingerprint is current, proven by
    /// keys where the enterprise is only <paramref name="upload"/>'s (<c>ClassificationRefresh.Proven</c>).
    /// </summary>
    internal static ClassificationRunSummary RefreshOnLoad(DuckDBConnection c, DateTime loadedAtUtc, bool staged = false, string? upload = null)
    {
        var classifier = Classifier.Embedded;
        return ClassificationRefresh.Run(c, classifier.Standard.Edition, new DateTimeOffset(DateTime.SpecifyKind(loadedAtUtc, DateTimeKind.Utc)),
            classifier.Classify, onlyChanged: true, ClassificationFingerprint.RulesOf(classifier), staged: staged, upload: upload);
    }

    /// <summary>The stage that classifies the new enterprises of a register load at <paramref name="loadedAtUtc"/> while
    /// its rows are read, for <see cref="RefreshOnLoad"/> with <c>staged</c>.</summary>
    internal static ClassificationStage StageOnLoad(DuckDBConnection c, DateTime loadedAtUtc)
        => new(c, Classifier.Embedded, DateTime.SpecifyKind(loadedAtUtc, DateTimeKind.Utc));

    /// <summary>The current classification of every enterprise, by USCC.</summary>
    public IReadOnlyList<ClassificationResult> Current()
    {
        using var c = _warehouse.OpenRead();
        return [.. CurrentRows(c).Values.Select(v => v.Result).OrderBy(r => r.Uscc, StringComparer.Ordinal)];
    }

    /// <summary>Current classifications flagged for review, with the enterprise's current name, by category then USCC.</summary>
    public IReadOnlyList<ReviewItem> ReviewQueue()
    {
        using var c = _warehouse.OpenRead();
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT k.uscc, coalesce(any_value(r.name), ''), k.category, k.evidence
            FROM classifications k LEFT JOIN register r ON r.uscc = k.uscc AND r.valid_to IS NULL
            WHERE k.valid_to IS NULL AND k.review
            GROUP BY k.uscc, k.category, k.evidence
            ORDER BY k.category, k.uscc
            """;
        using var r = cmd.ExecuteReader();
        var list = new List<ReviewItem>();
        while (r.Read())
        {
            var evidence = r.GetString(3);
            list.Add(new ReviewItem(r.GetString(0), r.GetString(1), r.GetString(2), evidence, ReviewText.Reason(evidence) ?? "flagged for review"));
        }

        return list;
    }

    /// <summary>Records decisions (already checked, see <see cref="OverrideCheck"/>) in one transaction, each superseding its enterprise's current one.</summary>
    public void AddOverrides(IReadOnlyList<ClassificationOverride> decisions)
    {
        Guard.NotNull(decisions);
        _warehouse.Write(c =>
        {
            using var tx = c.BeginTransaction();
            foreach (var d in decisions)
            {
                OverrideRows.Insert(c, d);
            }

            tx.Commit();
        });
    }

    /// <summary>The current decision per enterprise.</summary>
    public IReadOnlyDictionary<string, ClassificationOverride> CurrentOverrides()
    {
        using var c = _warehouse.OpenRead();
        return OverrideRows.Current(c);
    }

    /// <summary>Every decision ever recorded for one enterprise, oldest first, with when it was superseded.</summary>
    public IReadOnlyList<(ClassificationOverride Decision, DateTimeOffset? SupersededAt)> OverrideHistory(string uscc)
    {
        using var c = _warehouse.OpenRead();
        return OverrideRows.History(c, Uscc.Normalise(Guard.NotNull(uscc)));
    }

    private static Dictionary<string, (string Edition, ClassificationResult Result)> CurrentRows(DuckDBConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT uscc, category, category_l1, coalesce(secondary_categories, ''), scope_basis, ai_enterprise, confidence, review, evidence, edition
            FROM classifications WHERE valid_to IS NULL
            """;
        return ReadStored(cmd);
    }

    /// <summary>The stored classifications a query of <see cref="CurrentRows"/>'s columns returns, by credit code.</summary>
    internal static Dictionary<string, (string Edition, ClassificationResult Result)> ReadStored(DuckDBCommand cmd)
    {
        using var r = cmd.ExecuteReader();
        var map = new Dictionary<string, (string, ClassificationResult)>(StringComparer.Ordinal);
        while (r.Read())
        {
            var secondary = r.GetString(3).Split(';', StringSplitOptions.RemoveEmptyEntries);
            map[r.GetString(0)] = (r.GetString(9), new ClassificationResult(r.GetString(0), r.GetString(1), r.GetString(2), secondary, r.GetString(4),
                r.GetBoolean(5), r.GetDouble(6), r.GetBoolean(7), r.GetString(8)));
        }

        return map;
    }

    internal static bool Same(ClassificationResult a, ClassificationResult b)
        => a.Category == b.Category && a.CategoryL1 == b.CategoryL1 && a.ScopeBasis == b.ScopeBasis && a.AiEnterprise == b.AiEnterprise
           && a.Confidence.Equals(b.Confidence) && a.Review == b.Review && a.Evidence == b.Evidence && a.SecondaryCategories.SequenceEqual(b.SecondaryCategories);

    /// <summary>Writes one stored classification into a row just created by an appender.</summary>
    internal static void Append(IDuckDBAppenderRow row, ClassificationResult result, string edition, DateTime classifiedAt, string? inputsMd5)
    {
        row
            .AppendValue(result.Uscc)
            .AppendValue(edition)
            .AppendValue(result.Category)
            .AppendValue(result.CategoryL1)
            .AppendValue(string.Join(';', result.SecondaryCategories))
            .AppendValue(result.ScopeBasis)
            .AppendValue(result.AiEnterprise)
            .AppendValue(result.Confidence)
            .AppendValue(result.Review)
            .AppendValue(result.Evidence)
            .AppendValue(classifiedAt)
            .AppendNullValue()
            .AppendValue(inputsMd5)
            .EndRow();
    }
}
