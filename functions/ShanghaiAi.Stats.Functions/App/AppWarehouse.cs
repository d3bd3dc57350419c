using DuckDB.NET.Data;
using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Functions.App;

/// <summary>The app's warehouse, opened (created and migrated) on first use, not at start: the health check looks at
/// the file without opening it this way. While requests come, one connection is kept open (and closed
/// <see cref="Linger"/> after the last use): DuckDB then keeps the database loaded, so a request's own connection costs
/// little instead of loading the file again (~0.1 s here under load); between bursts the file is free for the CLI.</summary>
public sealed class AppWarehouse(AppSettings settings, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Linger = TimeSpan.FromSeconds(2);

    private readonly Lazy<StatsWarehouse> _warehouse = new(() => StatsWarehouse.Open(settings.DatabasePath));
    private readonly Lazy<ApiKeyStore> _keys = new(() => new ApiKeyStore(StatsWarehouse.Open(settings.DatabasePath), time));
    private readonly Lock _gate = new();
    private DuckDBConnection? _kept;
    private ITimer? _timer;
    private bool _disposed;

    public string Path => settings.DatabasePath;

    public StatsWarehouse Warehouse
    {
        get
        {
            var w = _warehouse.Value;
            KeepOpen(w);
            return w;
        }
    }

    public ApiKeyStore Keys
    {
        get
        {
            var keys = _keys.Value;
            if (_warehouse.IsValueCreated)
            {
                KeepOpen(_warehouse.Value);
            }

            return keys;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer?.Dispose();
            _kept?.Dispose();
            _kept = null;
        }
    }

    private void KeepOpen(StatsWarehouse w)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _kept ??= w.OpenRead();
            _timer ??= time.CreateTimer(_ => Release(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _timer.Change(Linger, Timeout.InfiniteTimeSpan);
        }
    }

    private void Release()
    {
        lock (_gate)
        {
            _kept?.Dispose();
            _kept = null;
        }
    }
}
