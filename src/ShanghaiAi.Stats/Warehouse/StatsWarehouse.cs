using System.Globalization;
using DuckDB.NET.Data;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>
/// The DuckDB warehouse file. DuckDB has one writer: every write goes through <see cref="Write{T}"/>, which serialises
/// writes on one lock per file. Reads use their own connections: <see cref="Read{T}"/> (opened and closed around the
/// work) or <see cref="OpenRead"/> (the caller disposes it). A connection from <see cref="OpenRead"/> is for reading
/// only: never write through it (DuckDB cannot enforce that inside one process, so this type's API does).
/// </summary>
public sealed class StatsWarehouse
{
    private static readonly Dictionary<string, SemaphoreSlim> WriterLocks = new(StringComparer.Ordinal);

    private StatsWarehouse(string path)
    {
        Path = path;
        lock (WriterLocks)
        {
            if (!WriterLocks.TryGetValue(path, out var l))
            {
                l = new SemaphoreSlim(1, 1);
                WriterLocks[path] = l;
            }

            WriterLock = l;
        }
    }

    /// <summary>The DuckDB file.</summary>
    public string Path { get; }

    private SemaphoreSlim WriterLock { get; }

    public string ConnectionString => $"Data Source={Path}";

    /// <summary>Opens (creating if needed) the warehouse file and applies pending migrations.</summary>
    public static StatsWarehouse Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        var w = new StatsWarehouse(full);
        w.Write(Migrator.Apply);
        return w;
    }

    /// <summary>A new connection for reading only (the caller disposes it). Writes go through <see cref="Write{T}"/>.</summary>
    public DuckDBConnection OpenRead() => Connect();

    /// <summary>
    /// Keeps the database open in this process until the result is disposed. DuckDB closes a database when its last
    /// connection closes (checkpointing the write-ahead log into the file) and opens the file again on the next one;
    /// a run of many steps (the demo: 88 uploads, 36 closes, a release) holds it open so that each <see cref="Read{T}"/>
    /// and <see cref="Write{T}"/> gets a connection to the open database instead (measured: about a quarter of the
    /// demo's time went to those closes and opens). What is stored is the same; the file is checkpointed when the last
    /// connection closes.
    /// </summary>
    public IDisposable KeepOpen() => Connect();

    /// <summary>Writes the write-ahead log into the file now (what the close of the last connection does), so that
    /// later reads scan stored, compressed row groups: a long run held open (<see cref="KeepOpen"/>) calls it after a
    /// batch of writes.</summary>
    public void Checkpoint() => Write(c => Sql.Exec(c, "CHECKPOINT"));

    /// <summary>Runs <paramref name="read"/> on a new connection for reading only, closed afterwards.</summary>
    public T Read<T>(Func<DuckDBConnection, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var c = Connect();
        return read(c);
    }

    /// <summary>Runs <paramref name="work"/> as the only writer of this file.</summary>
    public T Write<T>(Func<DuckDBConnection, T> work)
    {
        WriterLock.Wait();
        try
        {
            using var c = Connect();
            return work(c);
        }
        finally
        {
            WriterLock.Release();
        }
    }

    public void Write(Action<DuckDBConnection> work) => Write<object?>(c =>
    {
        work(c);
        return null;
    });

    /// <summary>Runs a scalar query on its own connection (reading only).</summary>
    public T? Scalar<T>(string sql)
    {
        using var c = Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        var v = cmd.ExecuteScalar();
        return v is null or DBNull ? default : (T)Convert.ChangeType(v, typeof(T), CultureInfo.InvariantCulture);
    }

    private DuckDBConnection Connect()
    {
        var c = new DuckDBConnection(ConnectionString);
        c.Open();
        return c;
    }
}
