using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Vas;

internal static class VasWorkFactory
{
    public static VasWork From(Payment p) => new(
        p.PaymentId,
        p.TenantId,
        p.CustomerId,
        p.WalletId,
        p.ExternalUniqueId,
        p.PartnerId,
        p.ProductId,
        p.PrevendProductId,
        p.ProductName,
        p.ProductCategory,
        new Money(p.Amount).ToDecimal(),
        p.Currency,
        AdditionalFields.Read(p.AdditionalFields),
        p.ProviderState,
        p.Attempts,
        p.Checks);
}
