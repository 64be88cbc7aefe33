using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Wallets;

/// <summary>A stored wallet (row of <c>wallets</c>); balances in nano-units.</summary>
public sealed record Wallet(
    long WalletId,
    long TenantId,
    long? CustomerId,
    long WalletTypeId,
    string Name,
    string? Description,
    string Currency,
    string FriendlyId,
    string? ExternalUniqueId,
    string? ExternalId,
    string? AccountNumber,
    string Status,
    long Balance,
    long Reserved,
    long Version,
    long CreatedMs,
    long LastModifiedMs)
{
    public Money CurrentBalance => new(Balance);

    public Money Reservations => new(Reserved);

    public Money AvailableBalance => new(Balance - Reserved);
}
