using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using DuckDB.NET.Data;
using ShanghaiAi.Stats.Access;
using ShanghaiAi.Stats.Common;

namespace ShanghaiAi.Stats.Warehouse;

/// <summary>
/// The functions app's API keys in the warehouse's <c>api_keys</c> table: a key is 32 random bytes, shown once when
/// issued; only its SHA-256 is stored, and a presented key is found by its hash. Lookups are cached in memory for a few
/// seconds (a revoked key stops working within <see cref="CacheFor"/>).
/// </summary>
public sealed class ApiKeyStore(StatsWarehouse warehouse, TimeProvider time)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, (Caller? Caller, DateTimeOffset At)> _cache = new(StringComparer.Ordinal);

    /// <summary>Issues a key for <paramref name="caller"/>; returns its id and the key (the only time it is seen).</summary>
    public (string KeyId, string Key) Add(Caller caller)
    {
        Guard.NotNull(caller);
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var keyId = "k-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var key = keyId + "." + secret;
        warehouse.Write(c =>
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = "INSERT INTO api_keys VALUES ($1, $2, $3, $4, $5, NULL)";
            cmd.Parameters.Add(new DuckDBParameter(keyId));
            cmd.Parameters.Add(new DuckDBParameter(Hash(key)));
            cmd.Parameters.Add(new DuckDBParameter(Caller.Name(caller.Role)));
            cmd.Parameters.Add(new DuckDBParameter((object?)caller.Scope ?? DBNull.Value));
            cmd.Parameters.Add(new DuckDBParameter(time.GetUtcNow().UtcDateTime));
            cmd.ExecuteNonQuery();
        });
        return (keyId, key);
    }

    /// <summary>The caller a presented key speaks for; null when it is unknown or revoked.</summary>
    public Caller? Find(string? key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 200)
        {
            return null;
        }

        var hash = Hash(key.Trim());
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(hash, out var hit) && now - hit.At < CacheFor)
        {
            return hit.Caller;
        }

        Caller? found = null;
        using (var c = warehouse.OpenRead())
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT role, scope FROM api_keys WHERE key_sha256 = $1 AND revoked_at IS NULL";
            cmd.Parameters.Add(new DuckDBParameter(hash));
            using var r = cmd.ExecuteReader();
            if (r.Read() && Caller.ParseRole(r.GetString(0)) is { } role)
            {
                found = new Caller(role, r.IsDBNull(1) ? null : r.GetString(1));
            }
        }

        _cache[hash] = (found, now);
        return found;
    }

    /// <summary>Every key issued, oldest first.</summary>
    public IReadOnlyList<ApiKey> List()
    {
        using var c = warehouse.OpenRead();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT key_id, role, scope, created_at, revoked_at FROM api_keys ORDER BY created_at, key_id";
        using var r = cmd.ExecuteReader();
        var list = new List<ApiKey>();
        while (r.Read())
        {
            var role = Caller.ParseRole(r.GetString(1)) ?? throw new StatsException($"api_keys {r.GetString(0)}: unknown role '{r.GetString(1)}'");
            list.Add(new ApiKey(r.GetString(0), new Caller(role, r.IsDBNull(2) ? null : r.GetString(2)), r.GetDateTime(3), r.IsDBNull(4) ? null : r.GetDateTime(4)));
        }

        return list;
    }

    /// <summary>Revokes a key by its id; false when there is no such key not yet revoked.</summary>
    public bool Revoke(string keyId)
    {
        var n = warehouse.Write(c =>
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE api_keys SET revoked_at = $1 WHERE key_id = $2 AND revoked_at IS NULL";
            cmd.Parameters.Add(new DuckDBParameter(time.GetUtcNow().UtcDateTime));
            cmd.Parameters.Add(new DuckDBParameter(keyId));
            return cmd.ExecuteNonQuery();
        });
        _cache.Clear();
        return n > 0;
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
