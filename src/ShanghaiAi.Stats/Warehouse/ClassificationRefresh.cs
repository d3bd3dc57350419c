using DuckDB.NET.Data;
using ShanghaiAi.Stats.Classify;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>
/// The one classification run over the current register, behind
/// <see cref="ClassificationStore.Reclassify(DuckDBConnection, string, DateTimeOffset, Func{ClassificationInput, ClassificationOverride?, ClassificationResult}, bool)"/>
/// (classify, the demo) and the register load's <see cref="ClassificationStore.RefreshOnLoad"/>: taken in ranges of
/// credit codes in code order, so memory does not grow with the register, each range classified in parallel (the
/// classifier is thread-safe). A range closes the current classifications in it that are not kept (with
/// <c>onlyChanged</c>: those whose result and edition are unchanged; otherwise none), then appends its new results.
/// The first and last ranges are open-ended, so a classification of an enterprise no longer in the register is closed
/// too.
/// </summary>
internal static class ClassificationRefresh
{
    /// <summary>Enterprises per range.</summary>
    internal const int RangeSize = 65_536;

    public static ClassificationRunSummary Run(DuckDBConnection c, string edition, DateTimeOffset at,
        Func<ClassificationInput, ClassificationOverride?, ClassificationResult> classify, bool onlyChanged, int rangeSize = RangeSize)
    {
        Guard.NotNull(classify);
        var stamp = at.UtcDateTime;
        var overrides = OverrideRows.Current(c);
        var bounds = Bounds(c, rangeSize);
        ClassificationRunSummary? total = null;
        for (var k = 0; k <= bounds.Count; k++)
        {
            var range = new CodeRange(k == 0 ? null : bounds[k - 1], k == bounds.Count ? null : bounds[k]);
            var inputs = Inputs(c, range);
            var stored = onlyChanged ? Stored(c, range) : [];
            var results = new ClassificationResult[inputs.Count];
            Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                i => results[i] = classify(inputs[i], overrides.GetValueOrDefault(inputs[i].Entry.Uscc)));
            var unchanged = new List<string>();
            var changed = new List<ClassificationResult>(results.Length);
            foreach (var r in results)
            {
                if (stored.TryGetValue(r.Uscc, out var old) && old.Edition == edition && ClassificationStore.Same(old.Result, r))
                {
                    unchanged.Add(r.Uscc);
                }
                else
                {
                    changed.Add(r);
                }
            }

            var closed = Close(c, range, unchanged, stamp);
            using (var appender = c.CreateAppender("classifications"))
            {
                foreach (var r in changed)
                {
                    ClassificationStore.Append(appender, r, edition, stamp);
                }
            }

            var summary = ClassificationRunSummary.Of(edition, at, results, closed);
            total = total is null ? summary : total.Plus(summary);
        }

        return total!;
    }

    /// <summary>Every <paramref name="rangeSize"/>-th credit code of the current register: the upper ends of the ranges
    /// (the last range is open).</summary>
    private static List<string> Bounds(DuckDBConnection c, int rangeSize)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT uscc FROM (
                SELECT uscc, row_number() OVER (ORDER BY uscc) AS rn
                FROM (SELECT DISTINCT uscc FROM register WHERE valid_to IS NULL))
            WHERE rn % $n = 0 ORDER BY uscc
            """;
        cmd.Parameters.Add(new DuckDBParameter("n", rangeSize));
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read())
        {
            list.Add(r.GetString(0));
        }

        return list;
    }

    private static List<ClassificationInput> Inputs(DuckDBConnection c, CodeRange range)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"""
            WITH latest AS (
                SELECT uscc, revenue_ytd, ai_revenue_ytd,
                       row_number() OVER (PARTITION BY uscc ORDER BY period DESC) AS rn
                FROM reports WHERE superseded_at IS NULL AND {range.Where("uscc")})
            SELECT r.uscc, r.name, r.district_code, r.park_id, r.industry_code, r.business_scope, r.main_products,
                   r.registered_on, r.size_class, l.revenue_ytd, l.ai_revenue_ytd
            FROM register r LEFT JOIN latest l ON l.uscc = r.uscc AND l.rn = 1
            WHERE r.valid_to IS NULL AND {range.Where("r.uscc")}
            """;
        range.Bind(cmd);

        // In code order as the one-pass run has them (sorted here: DuckDB sorting the wide rows took most of the read).
        var inputs = ClassificationStore.ReadInputs(cmd);
        inputs.Sort((a, b) => string.CompareOrdinal(a.Entry.Uscc, b.Entry.Uscc));
        return inputs;
    }

    private static Dictionary<string, (string Edition, ClassificationResult Result)> Stored(DuckDBConnection c, CodeRange range)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"""
            SELECT uscc, category, category_l1, coalesce(secondary_categories, ''), scope_basis, ai_enterprise, confidence, review, evidence, edition
            FROM classifications WHERE valid_to IS NULL AND {range.Where("uscc")}
            """;
        range.Bind(cmd);
        return ClassificationStore.ReadStored(cmd);
    }

    /// <summary>Closes the current classifications of the range whose enterprise is not in <paramref name="kept"/>.</summary>
    private static int Close(DuckDBConnection c, CodeRange range, List<string> kept, DateTime stamp)
    {
        Sql.Exec(c, "CREATE OR REPLACE TEMP TABLE classification_kept (uscc VARCHAR)");
        using (var appender = c.CreateAppender("classification_kept"))
        {
            foreach (var u in kept)
            {
                appender.CreateRow().AppendValue(u).EndRow();
            }
        }

        int closed;
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = $"UPDATE classifications SET valid_to = $stamp WHERE valid_to IS NULL AND {range.Where("uscc")} AND uscc NOT IN (SELECT uscc FROM classification_kept)";
            cmd.Parameters.Add(new DuckDBParameter("stamp", stamp));
            range.Bind(cmd);
            closed = cmd.ExecuteNonQuery();
        }

        Sql.Exec(c, "DROP TABLE classification_kept");
        return closed;
    }

    /// <summary>Credit codes above <see cref="Low"/> and up to <see cref="High"/> (null: no end).</summary>
    private sealed record CodeRange(string? Low, string? High)
    {
        public string Where(string column) => (Low, High) switch
        {
            (null, null) => "true",
            (null, _) => $"{column} <= $hi",
            (_, null) => $"{column} > $lo",
            _ => $"{column} > $lo AND {column} <= $hi",
        };

        public void Bind(DuckDBCommand cmd)
        {
            if (Low is not null)
            {
                cmd.Parameters.Add(new DuckDBParameter("lo", Low));
            }

            if (High is not null)
            {
                cmd.Parameters.Add(new DuckDBParameter("hi", High));
            }
        }
    }
}
