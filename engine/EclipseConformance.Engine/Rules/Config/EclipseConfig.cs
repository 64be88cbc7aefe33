using System.Globalization;
using EclipseConformance.Engine.Tenancy;

namespace EclipseConformance.Engine.Rules;

/// <summary>
/// Eclipse's config lookups with their fallbacks (ADR 0015): each key list is tried most specific first in the
/// tenant's items, then in the global items (tenant 0) — "deleted config items revert to the global default".
/// Features ask for what they need; a null answer means "not configured" (VAS answers PNF001 for a required one).
/// </summary>
public sealed class EclipseConfig(ITenantConfig config)
{
    public async ValueTask<ConfigValue?> ResolveAsync(long tenantId, IReadOnlyList<string> keysMostSpecificFirst, CancellationToken cancellationToken = default)
    {
        if (tenantId != 0 && await config.ResolveAsync(tenantId, keysMostSpecificFirst, cancellationToken) is { } own)
        {
            return new ConfigValue(own.Key, own.Value, tenantId);
        }

        return await config.ResolveAsync(0, keysMostSpecificFirst, cancellationToken) is { } global
            ? new ConfigValue(global.Key, global.Value, 0)
            : null;
    }

    public ValueTask<ConfigValue?> ResolveAsync(long tenantId, string key, CancellationToken cancellationToken = default) =>
        ResolveAsync(tenantId, [key], cancellationToken);

    /// <summary>The VAS fee for a partner and product category, or null when none is configured.</summary>
    public async ValueTask<decimal?> FeeAmountAsync(long tenantId, long partnerId, string? productCategory, CancellationToken cancellationToken = default) =>
        await ResolveAsync(tenantId, EclipseConfigKeys.FeeAmount(partnerId, productCategory), cancellationToken) is { } v
            && decimal.TryParse(v.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fee) ? fee : null;

    /// <summary>The wallet VAS fees are paid into (<c>fees.wallet.config.Pay.GLOBAL_DEFERRED.WALLET</c>).</summary>
    public async ValueTask<long?> FeeWalletAsync(long tenantId, CancellationToken cancellationToken = default) =>
        WalletId(await ResolveAsync(tenantId, EclipseConfigKeys.FeeWallet, cancellationToken));

    /// <summary>The VAS settlement wallet for a partner and product category.</summary>
    public async ValueTask<long?> VasDestinationWalletAsync(long tenantId, long partnerId, string? productCategory, CancellationToken cancellationToken = default) =>
        WalletId(await ResolveAsync(tenantId, EclipseConfigKeys.VasDestinationWallet(partnerId, productCategory), cancellationToken));

    /// <summary>The provider class names of <c>mobilerecharge.providers</c> (comma-separated), empty when unset.</summary>
    public async ValueTask<IReadOnlyList<string>> MobileRechargeProvidersAsync(long tenantId, CancellationToken cancellationToken = default) =>
        await ResolveAsync(tenantId, EclipseConfigKeys.MobileRechargeProviders, cancellationToken) is { } v
            ? v.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    public async ValueTask<string?> HmacOutboundSignatureKeyAsync(long tenantId, CancellationToken cancellationToken = default) =>
        (await ResolveAsync(tenantId, EclipseConfigKeys.HmacOutboundSignatureKey, cancellationToken))?.Value;

    /// <summary><c>webhookAdditionalHeaders</c> (<c>k1,v1,k2,v2</c>) as header pairs, in order.</summary>
    public async ValueTask<IReadOnlyList<KeyValuePair<string, string>>> WebhookAdditionalHeadersAsync(long tenantId, CancellationToken cancellationToken = default)
    {
        if (await ResolveAsync(tenantId, EclipseConfigKeys.WebhookAdditionalHeaders, cancellationToken) is not { } v)
        {
            return [];
        }

        var parts = v.Value.Split(',');
        var headers = new List<KeyValuePair<string, string>>(parts.Length / 2);
        for (var i = 0; i + 1 < parts.Length; i += 2)
        {
            headers.Add(new(parts[i].Trim(), parts[i + 1].Trim()));
        }

        return headers;
    }

    /// <summary>The Cellulant bundle catalogue JSON of <c>mobilerecharge.cellulant.bundles.{tenantId}</c>.</summary>
    public async ValueTask<string?> CellulantBundlesAsync(long tenantId, CancellationToken cancellationToken = default) =>
        (await ResolveAsync(tenantId, EclipseConfigKeys.CellulantBundles(tenantId), cancellationToken))?.Value;

    private static long? WalletId(ConfigValue? value) =>
        value is not null && long.TryParse(value.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
