using System.Collections.Concurrent;
using Dapper;
using EclipseConformance.Engine.Storage;

namespace EclipseConformance.Engine.Tenancy;

/// <summary>Config items in the store, cached per tenant (writes through this instance refresh the cache).</summary>
public sealed class TenantConfigStore(Database database, TimeProvider time) : ITenantConfig
{
    private readonly ConcurrentDictionary<long, IReadOnlyDictionary<string, string>> _cache = new();

    public async ValueTask<string?> GetAsync(long tenantId, string key, CancellationToken cancellationToken = default) =>
        (await LoadAsync(tenantId, cancellationToken)).GetValueOrDefault(key);

    public async ValueTask<(string Key, string Value)?> ResolveAsync(long tenantId, IReadOnlyList<string> keysMostSpecificFirst, CancellationToken cancellationToken = default)
    {
        var items = await LoadAsync(tenantId, cancellationToken);
        foreach (var key in keysMostSpecificFirst)
        {
            if (items.TryGetValue(key, out var value))
            {
                return (key, value);
            }
        }

        return null;
    }

    public async Task SetAsync(long tenantId, string key, string? value, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (value is null)
        {
            await connection.ExecuteAsync("DELETE FROM tenant_config WHERE tenant_id = @tenantId AND key = @key", new { tenantId, key });
        }
        else
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO tenant_config (tenant_id, key, value, updated_ms) VALUES (@tenantId, @key, @value, @ms)
                ON CONFLICT (tenant_id, key) DO UPDATE SET value = excluded.value, updated_ms = excluded.updated_ms
                """,
                new { tenantId, key, value, ms = time.GetUtcNow().ToUnixTimeMilliseconds() });
        }

        _cache.TryRemove(tenantId, out _);
    }

    public async Task<IReadOnlyDictionary<string, string>> ListAsync(long tenantId, CancellationToken cancellationToken = default) =>
        await LoadAsync(tenantId, cancellationToken);

    /// <summary>Forget cached items (after a reset, or when another instance may have written).</summary>
    public void Invalidate() => _cache.Clear();

    private async ValueTask<IReadOnlyDictionary<string, string>> LoadAsync(long tenantId, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(tenantId, out var cached))
        {
            return cached;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Key, string Value)>(
            "SELECT key, value FROM tenant_config WHERE tenant_id = @tenantId", new { tenantId });
        var items = rows.ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
        _cache[tenantId] = items;
        return items;
    }
}
