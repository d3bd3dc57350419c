using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>
/// The fingerprint stored with a classification (<c>classifications.inputs_md5</c>): the MD5 of everything the result
/// was computed from, so an enterprise whose current inputs hash the same need not be classified again (its result
/// would be the stored one). The inputs are the classifier's rules version (<see cref="RulesOf"/>) and, computed in SQL
/// over the joined tables (<see cref="Sql"/>), every field of the enterprise's current register row, the revenue and AI
/// revenue of its latest current report, and every field of its current override. Each value is written as its UTF-8
/// byte length, a colon and the value, NULL as <c>~</c>, so different inputs never make the same text.
/// </summary>
internal static class ClassificationFingerprint
{
    /// <summary>The rules version of <paramref name="classifier"/>: its edition, the hash of the files its standard was
    /// loaded from (keyword list, categories, concordance, classes), the build of the classifying code (the module id,
    /// which a deterministic build changes with any source change) and the runtime (text normalisation).</summary>
    public static string RulesOf(Classifier classifier)
    {
        Guard.NotNull(classifier);
        var text = string.Join('\n', classifier.Standard.Edition, classifier.Standard.ContentHash,
            typeof(Classifier).Assembly.ManifestModule.ModuleVersionId.ToString("N", CultureInfo.InvariantCulture), Environment.Version.ToString());
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The SQL expression of the fingerprint, over register row <c>r</c>, latest report <c>l</c> (revenue_ytd,
    /// ai_revenue_ytd) and <c>ov.o</c> (the current overrides as <see cref="OverrideText"/>); parameter <c>$rules</c> is
    /// the rules version.</summary>
    public static string Sql()
    {
        string[] parts =
        [
            "r.uscc", "r.name", "r.district_code", "r.park_id", "r.industry_code", "r.business_scope", "r.main_products",
            "r.registered_on", "r.size_class", "l.revenue_ytd", "l.ai_revenue_ytd",
        ];
        return $"md5($rules || {string.Join(" || ", parts.Select(Field))} || coalesce(ov.o, '~'))";
    }

    /// <summary>The aggregate over <c>classification_overrides</c> rows of one enterprise giving its overrides' text.</summary>
    public static string OverrideText()
        => $"string_agg({Field("category")} || {Field("reason")} || {Field("decided_by")} || {Field("decided_at")}, '' ORDER BY decided_at, category, reason, decided_by)";

    private static string Field(string column) => $"coalesce(strlen(CAST({column} AS VARCHAR))::VARCHAR || ':' || CAST({column} AS VARCHAR), '~')";
}
