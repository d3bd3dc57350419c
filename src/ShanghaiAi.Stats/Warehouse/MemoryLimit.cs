using DuckDB.NET.Data;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>
/// Lowers DuckDB's memory limit for one piece of work and puts the earlier limit back when disposed. DuckDB keeps the
/// blocks of a large append cached up to its limit (by default most of the machine's memory); under a low limit it
/// writes them out and lets them go, so a 1,000,000-row register load stays within a few hundred MB (issue 15).
/// </summary>
internal sealed class MemoryLimit : IDisposable
{
    private readonly DuckDBConnection _c;
    private readonly string _earlier;

    private MemoryLimit(DuckDBConnection c, string earlier) => (_c, _earlier) = (c, earlier);

    /// <param name="limit">A DuckDB size, e.g. <c>256MB</c>.</param>
    public static MemoryLimit Set(DuckDBConnection c, string limit)
    {
        string earlier;
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT current_setting('memory_limit')";
            earlier = (string)cmd.ExecuteScalar()!;
        }

        Sql.Exec(c, $"SET memory_limit = {Sql.Quote(limit)}");
        return new MemoryLimit(c, earlier);
    }

    /// <summary>Puts the earlier limit back; after a failed statement DuckDB refuses every statement until the
    /// rollback, and the failure that got us here is the one to report, so that case keeps the lower limit.</summary>
    public void Dispose()
    {
        try
        {
            Sql.Exec(_c, $"SET memory_limit = {Sql.Quote(_earlier)}");
        }
        catch (DuckDBException)
        {
            // the transaction is aborted: see above
        }
    }
}
