using EclipseConformance.Engine.Tenancy;

namespace EclipseConformance.Engine.Rules;

/// <summary>
/// The engine's <see cref="ITenantConfig"/>: items set at run time (config-items API, <c>SetAsync</c>, stored in the
/// database) over the items of the active rule files (ADR 0015). Rule-file items are never copied into the database,
/// so a reload that changes or removes one takes effect at once; removing a runtime item uncovers the rule-file
/// value again. Tenant-to-global fallback and Eclipse's key fallbacks are in <see cref="EclipseConfig"/>.
/// </summary>
public sealed class LayeredTenantConfig(TenantConfigStore store, RulesRuntime rules) : ITenantConfig
{
    public async ValueTask<string?> GetAsync(long tenantId, string key, CancellationToken cancellationToken = default) =>
        await store.GetAsync(tenantId, key, cancellationToken) ?? rules.Active.ConfigItems.For(tenantId).GetValueOrDefault(key);

    public async ValueTask<(string Key, string Value)?> ResolveAsync(long tenantId, IReadOnlyList<string> keysMostSpecificFirst, CancellationToken cancellationToken = default)
    {
        var runtime = await store.ListAsync(tenantId, cancellationToken);
        var fromRules = rules.Active.ConfigItems.For(tenantId);
        foreach (var key in keysMostSpecificFirst)
        {
            if (runtime.TryGetValue(key, out var value) || fromRules.TryGetValue(key, out value))
            {
                return (key, value);
            }
        }

        return null;
    }

    public Task SetAsync(long tenantId, string key, string? value, CancellationToken cancellationToken = default) =>
        store.SetAsync(tenantId, key, value, cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>> ListAsync(long tenantId, CancellationToken cancellationToken = default)
    {
        var merged = new Dictionary<string, string>(rules.Active.ConfigItems.For(tenantId), StringComparer.Ordinal);
        foreach (var (key, value) in await store.ListAsync(tenantId, cancellationToken))
        {
            merged[key] = value;
        }

        return merged;
    }

    /// <summary>Each item with the layer it comes from ("runtime" or "rules").</summary>
    public async Task<IReadOnlyList<ConfigItem>> ListWithSourceAsync(long tenantId, CancellationToken cancellationToken = default)
    {
        var runtime = await store.ListAsync(tenantId, cancellationToken);
        var items = rules.Active.ConfigItems.For(tenantId)
            .Where(i => !runtime.ContainsKey(i.Key))
            .Select(i => new ConfigItem(i.Key, i.Value, ConfigItem.RulesSource))
            .Concat(runtime.Select(i => new ConfigItem(i.Key, i.Value, ConfigItem.RuntimeSource)));
        return items.OrderBy(i => i.Key, StringComparer.Ordinal).ToList();
    }
}
