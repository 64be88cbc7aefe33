using Dapper;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Rules;
using EclipseConformance.Engine.Storage;
using EclipseConformance.Engine.Wallets;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Resolves a payment's fee and settlement wallets from tenant config with Eclipse's keys and fallbacks (ADR 0015):
/// <c>fees.amount.config.Pay.GLOBAL_DEFERRED.WALLET.{partnerId}.{productCategory}</c> (→ partner; none = no fee),
/// <c>destination.wallet.config.VAS.{partnerId}[.{productCategory}]</c> and <c>fees.wallet.config.Pay.GLOBAL_DEFERRED.WALLET</c>.
/// When a wallet key is unset and <c>simulator.vas.settlementWalletFallback</c> is <c>TENANT_SYSTEM_WALLETS</c> (shipped
/// globally), the tenant's own VAS settlement / fee income wallet in the payment currency is used (ADR 0026);
/// otherwise a missing wallet key answers PNF001.
/// </summary>
public sealed class VasSettlementConfig(EclipseConfig config, Database database)
{
    public const string FallbackKey = "simulator.vas.settlementWalletFallback";
    public const string TenantSystemWallets = "TENANT_SYSTEM_WALLETS";

    public async Task<VasAnswer<SettlementPlan>> ResolveAsync(long tenantId, long partnerId, string? category, string currency, CancellationToken cancellationToken)
    {
        var fee = await config.FeeAmountAsync(tenantId, partnerId, category, cancellationToken) ?? 0m;
        var fallback = (await config.ResolveAsync(tenantId, FallbackKey, cancellationToken))?.Value.Trim() == TenantSystemWallets;
        var destination = await config.VasDestinationWalletAsync(tenantId, partnerId, category, cancellationToken)
            ?? (fallback ? await SystemWalletAsync(tenantId, WalletTypes.VasSettlement, currency, cancellationToken) : null);
        if (destination is null)
        {
            return Missing(tenantId, EclipseConfigKeys.VasDestinationWallet(partnerId, category));
        }

        long? feeWallet = null;
        if (fee > 0m)
        {
            feeWallet = await config.FeeWalletAsync(tenantId, cancellationToken)
                ?? (fallback ? await SystemWalletAsync(tenantId, WalletTypes.FeeIncome, currency, cancellationToken) : null);
            if (feeWallet is null)
            {
                return Missing(tenantId, [EclipseConfigKeys.FeeWallet]);
            }
        }

        return new SettlementPlan(fee, destination.Value, feeWallet);
    }

    /// <summary>PNF001 (ADR 0026: HTTP 400): a required configuration property is missing.</summary>
    public static ApiError Missing(long tenantId, IReadOnlyList<string> keys) => new(
        StatusCodes.Status400BadRequest,
        ErrorCodes.ConfigMissing,
        $"Required configuration property missing: {string.Join(" (or ", keys)}{new string(')', keys.Count - 1)} is not set for tenant {tenantId}",
        "HIGH");

    private async Task<long?> SystemWalletAsync(long tenantId, long walletTypeId, string currency, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<long?>(
            """
            SELECT wallet_id FROM wallets
            WHERE tenant_id = @tenantId AND wallet_type_id = @walletTypeId AND currency = @currency AND customer_id IS NULL AND status = 'ACTIVE'
            ORDER BY wallet_id LIMIT 1
            """,
            new { tenantId, walletTypeId, currency });
    }
}
