using ShanghaiAi.Stats.Warehouse;

namespace ShanghaiAi.Stats.Functions.App;

/// <summary>The app's warehouse, opened (created and migrated) on first use, not at start: the health check looks at
/// the file without opening it this way.</summary>
public sealed class AppWarehouse(AppSettings settings, TimeProvider time)
{
    private readonly Lazy<StatsWarehouse> _warehouse = new(() => StatsWarehouse.Open(settings.DatabasePath));
    private readonly Lazy<ApiKeyStore> _keys = new(() => new ApiKeyStore(StatsWarehouse.Open(settings.DatabasePath), time));

    public string Path => settings.DatabasePath;

    public StatsWarehouse Warehouse => _warehouse.Value;

    public ApiKeyStore Keys => _keys.Value;
}
