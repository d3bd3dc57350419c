using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// Classifies every current register row of the warehouse and stores the results in <c>classifications</c>: the
/// previous current rows are closed (valid_to) and the new ones appended, in one transaction.
/// </summary>
public static class ClassificationRunner
{
    private const string RegisterSql = """
        WITH latest AS (
            SELECT uscc, revenue_ytd, ai_revenue_ytd,
                   row_number() OVER (PARTITION BY uscc ORDER BY period DESC) AS rn
            FROM reports WHERE superseded_at IS NULL)
        SELECT r.uscc, r.name, r.district_code, r.park_id, r.industry_code, r.business_scope, r.main_products,
               r.registered_on, r.size_class, l.revenue_ytd, l.ai_revenue_ytd
        FROM register r LEFT JOIN latest l ON l.uscc = r.uscc AND l.rn = 1
        WHERE r.valid_to IS NULL
        ORDER BY r.uscc
        """;

    /// <summary>
    /// Classifies the current register with the AI revenue share of each enterprise's latest current report
    /// (ai_revenue_ytd / revenue_ytd when revenue_ytd > 0) and the current overrides.
    /// </summary>
    public static ClassificationRunSummary ClassifyWarehouse(StatsWarehouse warehouse, Classifier classifier, TimeProvider time)
    {
        Guard.NotNull(warehouse);
        Guard.NotNull(classifier);
        Guard.NotNull(time);
        var at = time.GetUtcNow();
        var stamp = at.UtcDateTime;
        var edition = classifier.Standard.Edition;
        return warehouse.Write(c =>
        {
            var overrides = OverrideStore.Current(c);
            var byCategory = new SortedDictionary<string, int>(StringComparer.Ordinal);
            int classified = 0, inScope = 0, aiEnterprises = 0, review = 0, overridden = 0;
            using var tx = c.BeginTransaction();
            int superseded;
            using (var close = c.CreateCommand())
            {
                close.CommandText = "UPDATE classifications SET valid_to = ? WHERE valid_to IS NULL";
                close.Parameters.Add(new DuckDBParameter(stamp));
                superseded = close.ExecuteNonQuery();
            }

            using (var read = warehouse.OpenRead())
            using (var cmd = read.CreateCommand())
            using (var appender = c.CreateAppender("classifications"))
            {
                cmd.CommandText = RegisterSql;
                using var r = cmd.ExecuteReader();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (r.Read())
                {
                    var uscc = r.GetString(0);
                    if (!seen.Add(uscc))
                    {
                        continue; // two current rows for one enterprise: the first is classified
                    }

                    var entry = new RegisterEntry(uscc, r.GetString(1), Text(r, 2), Text(r, 3), Text(r, 4), Text(r, 5), Text(r, 6),
                        r.IsDBNull(7) ? null : DateOnly.FromDateTime(r.GetDateTime(7)), Text(r, 8));
                    decimal? share = !r.IsDBNull(9) && !r.IsDBNull(10) && r.GetDecimal(9) > 0 ? r.GetDecimal(10) / r.GetDecimal(9) : null;
                    var result = classifier.Classify(entry, share);
                    if (overrides.TryGetValue(uscc, out var decision))
                    {
                        result = Classifier.ApplyOverride(result, decision, share);
                        overridden++;
                    }

                    Append(appender, result, edition, stamp);
                    classified++;
                    inScope += result.InScope ? 1 : 0;
                    aiEnterprises += result.AiEnterprise ? 1 : 0;
                    review += result.Review ? 1 : 0;
                    byCategory[result.Category] = byCategory.GetValueOrDefault(result.Category) + 1;
                }
            }

            tx.Commit();
            return new ClassificationRunSummary(edition, at, classified, inScope, aiEnterprises, review, overridden, superseded, byCategory);
        });
    }

    internal static void Append(DuckDBAppender appender, ClassificationResult result, string edition, DateTime classifiedAt)
    {
        appender.CreateRow()
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
            .EndRow();
    }

    private static string? Text(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
