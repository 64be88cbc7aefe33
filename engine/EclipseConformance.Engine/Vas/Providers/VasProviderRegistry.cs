using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Rules;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Every registered provider, and which of them a tenant sees: the ones whose Eclipse class name is listed in its
/// <c>mobilerecharge.providers</c> (tenant, then global; unset answers PNF001), in the listed order.
/// </summary>
public sealed class VasProviderRegistry
{
    private readonly Dictionary<string, IVasProvider> _byKey;
    private readonly EclipseConfig _config;

    public VasProviderRegistry(IEnumerable<IVasProvider> providers, EclipseConfig config)
    {
        _config = config;
        _byKey = new Dictionary<string, IVasProvider>(StringComparer.Ordinal);
        foreach (var provider in providers)
        {
            if (!ImplementsItsFlow(provider))
            {
                throw new InvalidOperationException($"VAS provider {provider.Key} declares flow {provider.Flow} but does not implement its interface");
            }

            if (!_byKey.TryAdd(provider.Key, provider))
            {
                throw new InvalidOperationException($"Two VAS providers use the key {provider.Key}");
            }
        }
    }

    private static bool ImplementsItsFlow(IVasProvider provider) => provider.Flow switch
    {
        VasFlow.SinglePost => provider is ISinglePostProvider,
        VasFlow.TwoStep => provider is ITwoStepProvider,
        _ => provider is IPendingConfirmationProvider,
    };

    public IReadOnlyCollection<IVasProvider> All => _byKey.Values;

    public IVasProvider? ByKey(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>The providers the tenant's <c>mobilerecharge.providers</c> enables (unknown class names are ignored).</summary>
    public async Task<VasAnswer<IReadOnlyList<IVasProvider>>> ForTenantAsync(long tenantId, CancellationToken cancellationToken)
    {
        var names = await _config.MobileRechargeProvidersAsync(tenantId, cancellationToken);
        if (names.Count == 0)
        {
            return VasSettlementConfig.Missing(tenantId, [EclipseConfigKeys.MobileRechargeProviders]);
        }

        IReadOnlyList<IVasProvider> enabled = names
            .SelectMany(name => _byKey.Values.Where(p => string.Equals(p.ProviderClassName, name, StringComparison.Ordinal)))
            .Distinct()
            .ToList();
        return new VasAnswer<IReadOnlyList<IVasProvider>>(enabled, null);
    }

    /// <summary>The tenant's provider for a partner, or a rejection (PNF001 without providers, IAE001 when none serves the partner).</summary>
    public async Task<VasAnswer<IVasProvider>> ForPartnerAsync(long tenantId, long partnerId, CancellationToken cancellationToken)
    {
        var enabled = await ForTenantAsync(tenantId, cancellationToken);
        if (enabled.Value is not { } providers)
        {
            return enabled.Error!;
        }

        return providers.FirstOrDefault(p => p.PartnerIds.Contains(partnerId)) is { } provider
            ? new VasAnswer<IVasProvider>(provider, null)
            : ApiError.Business($"VAS partner {partnerId} is not available to tenant {tenantId} (see its mobilerecharge.providers)");
    }
}
