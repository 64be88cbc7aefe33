using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// A provider catalog read from its upstream and reused for <see cref="VasOptions.CatalogCacheTtl"/> on the engine's clock;
/// a failed read (an error) is not cached.
/// </summary>
public sealed class CachedCatalog<T>(IOptionsMonitor<VasOptions> options, TimeProvider time)
    where T : class
{
    private volatile Entry? _cached;

    public async Task<VasAnswer<T>> GetAsync(Func<CancellationToken, Task<VasAnswer<T>>> read, CancellationToken cancellationToken)
    {
        var ttl = options.CurrentValue.CatalogCacheTtl;
        var now = time.GetUtcNow();
        if (_cached is { } cached && ttl > TimeSpan.Zero && now - cached.FetchedAt < ttl)
        {
            return cached.Value;
        }

        var answer = await read(cancellationToken);
        if (answer.Value is { } value)
        {
            _cached = new Entry(value, now);
        }

        return answer;
    }

    public void Invalidate() => _cached = null;

    private sealed record Entry(T Value, DateTimeOffset FetchedAt);
}
