using System.Globalization;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Common;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Classify;

/// <summary>
/// Statisticians' decisions (rule 4) in table <c>classification_overrides</c>: a new decision for an enterprise
/// supersedes the current one (its <c>superseded_at</c> is set), so the history stays; every later classification
/// honours the current decisions.
/// </summary>
public static class OverrideStore
{
    /// <summary>Records one decision (validated), superseding the enterprise's current one.</summary>
    public static void Add(StatsWarehouse warehouse, ClassificationOverride decision)
    {
        Guard.NotNull(warehouse);
        var d = Validate(decision, ClassificationStandard.LoadEmbedded(), "override");
        warehouse.Write(c =>
        {
            using var tx = c.BeginTransaction();
            Insert(c, d);
            tx.Commit();
        });
    }

    /// <summary>
    /// Imports decisions from a CSV file (UTF-8 or GB18030) with columns uscc, category, reason, decided_by and
    /// optionally decided_at (default: now). All rows are checked first; any problem rejects the whole file.
    /// </summary>
    /// <returns>The number of decisions recorded.</returns>
    public static int ImportCsv(StatsWarehouse warehouse, string path, TimeProvider time)
    {
        Guard.NotNull(warehouse);
        Guard.NotNull(time);
        var decisions = OverrideCsv.Read(path, time.GetUtcNow(), ClassificationStandard.LoadEmbedded());
        warehouse.Write(c =>
        {
            using var tx = c.BeginTransaction();
            foreach (var d in decisions)
            {
                Insert(c, d);
            }

            tx.Commit();
        });
        return decisions.Count;
    }

    /// <summary>The current decision per enterprise.</summary>
    public static IReadOnlyDictionary<string, ClassificationOverride> Current(StatsWarehouse warehouse)
    {
        using var c = Guard.NotNull(warehouse).OpenRead();
        return Current(c);
    }

    /// <summary>Every decision ever recorded for one enterprise, oldest first, with when it was superseded.</summary>
    public static IReadOnlyList<(ClassificationOverride Decision, DateTimeOffset? SupersededAt)> History(StatsWarehouse warehouse, string uscc)
    {
        using var c = Guard.NotNull(warehouse).OpenRead();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT uscc, category, reason, decided_by, decided_at, superseded_at FROM classification_overrides WHERE uscc = ? ORDER BY decided_at, superseded_at NULLS LAST";
        cmd.Parameters.Add(new DuckDBParameter(Uscc.Normalise(uscc)));
        using var r = cmd.ExecuteReader();
        var list = new List<(ClassificationOverride, DateTimeOffset?)>();
        while (r.Read())
        {
            list.Add((Row(r), r.IsDBNull(5) ? null : Utc(r.GetDateTime(5))));
        }

        return list;
    }

    internal static Dictionary<string, ClassificationOverride> Current(DuckDBConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT uscc, category, reason, decided_by, decided_at FROM classification_overrides WHERE superseded_at IS NULL ORDER BY decided_at";
        using var r = cmd.ExecuteReader();
        var map = new Dictionary<string, ClassificationOverride>(StringComparer.Ordinal);
        while (r.Read())
        {
            var o = Row(r);
            map[o.Uscc] = o;
        }

        return map;
    }

    internal static ClassificationOverride Validate(ClassificationOverride d, ClassificationStandard standard, string where)
    {
        Guard.NotNull(d);
        var uscc = Uscc.Normalise(d.Uscc ?? string.Empty);
        if (Uscc.Problem(uscc) is { } problem)
        {
            throw new StatsException($"{where}, column uscc: expected a valid unified social credit code, found '{d.Uscc}' ({problem})");
        }

        var category = (d.Category ?? string.Empty).Trim();
        if (!standard.IsAssignable(category))
        {
            throw new StatsException($"{where}, column category: expected a 4-digit category of edition {standard.Edition} or 00, found '{d.Category}'");
        }

        if (string.IsNullOrWhiteSpace(d.Reason))
        {
            throw new StatsException($"{where}, column reason: expected the reason of the decision, found an empty value");
        }

        if (string.IsNullOrWhiteSpace(d.DecidedBy))
        {
            throw new StatsException($"{where}, column decided_by: expected who decided, found an empty value");
        }

        return d with { Uscc = uscc, Category = category, Reason = d.Reason.Trim(), DecidedBy = d.DecidedBy.Trim() };
    }

    private static void Insert(DuckDBConnection c, ClassificationOverride d)
    {
        var at = d.DecidedAt.UtcDateTime;
        using (var close = c.CreateCommand())
        {
            close.CommandText = "UPDATE classification_overrides SET superseded_at = ? WHERE uscc = ? AND superseded_at IS NULL";
            close.Parameters.Add(new DuckDBParameter(at));
            close.Parameters.Add(new DuckDBParameter(d.Uscc));
            close.ExecuteNonQuery();
        }

        using var insert = c.CreateCommand();
        insert.CommandText = "INSERT INTO classification_overrides (uscc, category, reason, decided_by, decided_at, superseded_at) VALUES (?, ?, ?, ?, ?, NULL)";
        insert.Parameters.Add(new DuckDBParameter(d.Uscc));
        insert.Parameters.Add(new DuckDBParameter(d.Category));
        insert.Parameters.Add(new DuckDBParameter(d.Reason));
        insert.Parameters.Add(new DuckDBParameter(d.DecidedBy));
        insert.Parameters.Add(new DuckDBParameter(at));
        insert.ExecuteNonQuery();
    }

    private static ClassificationOverride Row(System.Data.Common.DbDataReader r)
        => new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Utc(r.GetDateTime(4)));

    private static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));

    internal static string Format(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
