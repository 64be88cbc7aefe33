using System.Collections.Frozen;

namespace EclipseConformance.Engine.Rules;

/// <summary>The config items the active rule files set: global (tenant 0) and per tenant. Immutable.</summary>
public sealed class RuleConfigItems
{
    private static readonly FrozenDictionary<string, string> None = FrozenDictionary<string, string>.Empty;

    public RuleConfigItems(IReadOnlyDictionary<long, IReadOnlyDictionary<string, string>> byTenant) =>
        ByTenant = byTenant.ToFrozenDictionary(t => t.Key, t => (IReadOnlyDictionary<string, string>)t.Value.ToFrozenDictionary(StringComparer.Ordinal));

    public static RuleConfigItems Empty { get; } = new(new Dictionary<long, IReadOnlyDictionary<string, string>>());

    /// <summary>Tenant id → items; tenant 0 holds the global items.</summary>
    public IReadOnlyDictionary<long, IReadOnlyDictionary<string, string>> ByTenant { get; }

    public int Count => ByTenant.Values.Sum(v => v.Count);

    public IReadOnlyDictionary<string, string> For(long tenantId) => ByTenant.TryGetValue(tenantId, out var items) ? items : None;
}
