using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace ShanghaiAi.Stats.Functions.App;

/// <summary>
/// The indicator answers already made, by vintage: a vintage never changes once stored, so an answer for (vintage,
/// period, audience, indicator, breakdown, format) is made once and sent again as it is (with its compressed forms)
/// until memory runs short (least recently used first, <see cref="SizeLimit"/> bytes in all). Which vintage is a
/// period's latest is looked up at most every <see cref="LatestFor"/> (a close by this app forgets it at once; one by
/// the CLI on the same file shows within that time).
/// </summary>
public sealed class IndicatorCache : IDisposable
{
    public const long SizeLimit = 256L * 1024 * 1024;

    public static readonly TimeSpan LatestFor = TimeSpan.FromSeconds(2);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit, CompactionPercentage = 0.25 });

    /// <summary>Answers being made: 50 clients asking for the same new vintage at once make it once.</summary>
    private readonly ConcurrentDictionary<string, Lazy<EncodedBody>> _making = new(StringComparer.Ordinal);

    private long _generation;

    /// <summary>The answer of <paramref name="key"/>, made by <paramref name="make"/> when it is not held.</summary>
    public EncodedBody GetOrAdd(string key, Func<EncodedBody> make)
    {
        if (TryGet(key, out var held))
        {
            return held!;
        }

        var making = _making.GetOrAdd(key, _ => new Lazy<EncodedBody>(make));
        try
        {
            var body = making.Value;
            _cache.Set(key, body, new MemoryCacheEntryOptions { Size = Math.Max(1, body.Size), SlidingExpiration = TimeSpan.FromHours(6) });
            return body;
        }
        finally
        {
            _making.TryRemove(new KeyValuePair<string, Lazy<EncodedBody>>(key, making));
        }
    }

    /// <summary>The latest vintage id of <paramref name="period"/> (null: none), looked up by <paramref name="find"/> when
    /// not known from the last <see cref="LatestFor"/>.</summary>
    public string? Latest(string period, Func<string?> find)
    {
        var key = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"latest\u001f{Volatile.Read(ref _generation)}\u001f{period}");
        if (_cache.TryGetValue(key, out string? id))
        {
            return id;
        }

        id = find();
        _cache.Set(key, id, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = LatestFor });
        return id;
    }

    /// <summary>Forgets which vintages are the latest (a close just stored a new one).</summary>
    public void ForgetLatest() => Interlocked.Increment(ref _generation);

    /// <summary>The answer of <paramref name="key"/> when it is held.</summary>
    public bool TryGet(string key, out EncodedBody? body) => _cache.TryGetValue(key, out body) && body is not null;

    public void Dispose() => _cache.Dispose();
}
