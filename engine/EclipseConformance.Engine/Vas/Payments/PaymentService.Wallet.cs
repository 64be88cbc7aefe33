using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Wallets;

namespace EclipseConformance.Engine.Vas;

public sealed partial class PaymentService
{
    /// <summary>
    /// The wallet a POST names, which must be the customer's. Only a two-step payment may leave it out (the PUT supplies the
    /// paying wallet, as the Pay@ example does; ADR 0030): the customer's first active wallet — in <c>currency</c> when given —
    /// then stands in until the PUT. Anything else without a walletId is VAL001.
    /// </summary>
    private async Task<(ApiError? Error, Wallet? Wallet)> PayingWalletAsync(
        long tenantId, long customerId, long partnerId, CreatePaymentRequest r, CancellationToken cancellationToken)
    {
        if (r.WalletId is { } walletId)
        {
            var named = await wallets.FindAsync(walletId, cancellationToken);
            return named is null || named.TenantId != tenantId || named.CustomerId != customerId ? (ApiError.NotFound("Wallet"), null) : (null, named);
        }

        var provider = await providers.ForPartnerAsync(tenantId, partnerId, cancellationToken);
        if (provider.Value?.Flow != VasFlow.TwoStep)
        {
            return (ApiError.Validation("walletId is required"), null);
        }

        var owned = await wallets.ListAsync(tenantId, customerId, 100, 0, cancellationToken);
        var standIn = owned.FirstOrDefault(w => w.Status == WalletStatus.Active && (r.Currency is null || w.Currency == r.Currency));
        return standIn is null ? (ApiError.NotFound("Wallet"), null) : (null, standIn);
    }
}
