namespace EclipseConformance.Engine.Tenancy;

/// <summary>
/// Eclipse tenant config items (e.g. <c>HMACOutboundSignatureKey</c>, <c>webhookAdditionalHeaders</c>,
/// <c>fees.amount.config.Pay.GLOBAL_DEFERRED.WALLET.{partnerId}.{productCategory}</c>). Tenant id 0 holds global
/// properties. Features read config through this interface only; the rule engine (issue 9) layers rule files and
/// Eclipse's key fallbacks on top.
/// </summary>
public interface ITenantConfig
{
    /// <summary>The value of exactly this key for the tenant, or null.</summary>
    ValueTask<string?> GetAsync(long tenantId, string key, CancellationToken cancellationToken = default);

    /// <summary>The first key (most specific first) that has a value, and that value; null when none has.</summary>
    ValueTask<(string Key, string Value)?> ResolveAsync(long tenantId, IReadOnlyList<string> keysMostSpecificFirst, CancellationToken cancellationToken = default);

    /// <summary>Sets (or, with a null value, removes) a key.</summary>
    Task SetAsync(long tenantId, string key, string? value, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, string>> ListAsync(long tenantId, CancellationToken cancellationToken = default);
}
