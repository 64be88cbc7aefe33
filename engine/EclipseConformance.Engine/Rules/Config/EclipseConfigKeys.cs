using System.Globalization;

namespace EclipseConformance.Engine.Rules;

/// <summary>
/// Eclipse's own config-item keys and the fallback order of the parameterised ones (ADR 0015). Each list is most
/// specific first; <see cref="EclipseConfig"/> tries it in the tenant's items, then in the global items (tenant 0).
/// </summary>
public static class EclipseConfigKeys
{
    public const string FeeAmountPrefix = "fees.amount.config.Pay.GLOBAL_DEFERRED.WALLET";
    public const string FeeWallet = "fees.wallet.config.Pay.GLOBAL_DEFERRED.WALLET";
    public const string VasDestinationPrefix = "destination.wallet.config.VAS";
    public const string MobileRechargeProviders = "mobilerecharge.providers";
    public const string HmacOutboundSignatureKey = "HMACOutboundSignatureKey";
    public const string HmacInboundSignatureKey = "HMACInboundSignatureKey";
    public const string WebhookAdditionalHeaders = "webhookAdditionalHeaders";
    public const string CellulantBundlesPrefix = "mobilerecharge.cellulant.bundles";

    /// <summary><c>fees.amount.config.Pay.GLOBAL_DEFERRED.WALLET.{partnerId}.{productCategory}</c>, then <c>….{partnerId}</c>.</summary>
    public static IReadOnlyList<string> FeeAmount(long partnerId, string? productCategory) =>
        WithCategory(FeeAmountPrefix, partnerId, productCategory);

    /// <summary><c>destination.wallet.config.VAS.{partnerId}.{productCategory}</c>, then <c>….VAS.{partnerId}</c>.</summary>
    public static IReadOnlyList<string> VasDestinationWallet(long partnerId, string? productCategory) =>
        WithCategory(VasDestinationPrefix, partnerId, productCategory);

    /// <summary><c>mobilerecharge.cellulant.bundles.{tenantId}</c> (documented as a property-table entry).</summary>
    public static string CellulantBundles(long tenantId) => string.Create(CultureInfo.InvariantCulture, $"{CellulantBundlesPrefix}.{tenantId}");

    private static string[] WithCategory(string prefix, long partnerId, string? productCategory)
    {
        var partner = string.Create(CultureInfo.InvariantCulture, $"{prefix}.{partnerId}");
        return string.IsNullOrWhiteSpace(productCategory) ? [partner] : [$"{partner}.{productCategory}", partner];
    }
}
