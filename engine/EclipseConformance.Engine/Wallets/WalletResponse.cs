using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Wallets;

/// <summary>Wallet enquiry (fact sheet 3.4): balances as scale-9 decimals.</summary>
public sealed record WalletResponse(
    long WalletId,
    long TenantId,
    long? CustomerId,
    long WalletTypeId,
    string Name,
    string? Description,
    decimal CurrentBalance,
    decimal AvailableBalance,
    decimal Reservations,
    string Currency,
    string Status,
    string FriendlyId,
    string? ExternalUniqueId,
    string? ExternalId,
    string? AccountNumber,
    string Created,
    string LastModified)
{
    public static WalletResponse From(Wallet w) => new(
        w.WalletId, w.TenantId, w.CustomerId, w.WalletTypeId, w.Name, w.Description, w.CurrentBalance.ToDecimal(),
        w.AvailableBalance.ToDecimal(), w.Reservations.ToDecimal(), w.Currency, w.Status, w.FriendlyId, w.ExternalUniqueId,
        w.ExternalId, w.AccountNumber, Timestamps.ToWire(w.CreatedMs), Timestamps.ToWire(w.LastModifiedMs));
}
