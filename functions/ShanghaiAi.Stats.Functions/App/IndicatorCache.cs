using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace ShanghaiAi.Stats.Functions.App;

/// <summary>
/// The indicator answers already made, by vintage: a vintage never changes once stored, so an answer for (vintage,
/// period, audience, indicator, breakdown, format) is made once and sent again as it is (with its compressed forms)
/// until memory runs short (least recently used first, <see cref="SizeLimit"/> bytes in all).
/// </summary>
public sealed class IndicatorCache : IDisposable
{
    public const long SizeLimit = 256L * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit, CompactionPercentage = 0.25 });

    /// <summary>Answers being made: 50 clients asking for the same new vintage at once make it once.</summary>
    private readonly ConcurrentDictionary<string, Lazy<EncodedBody>> _making = new(StringComparer.Ordinal);

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

    /// <summary>The answer of <paramref name="key"/> when it is held.</summary>
    public bool TryGet(string key, out EncodedBody? body) => _cache.TryGetValue(key, out body) && body is not null;

    public void Dispose() => _cache.Dispose();
}
