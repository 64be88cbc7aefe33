namespace EclipseConformance.Engine.Wallets;

/// <summary><c>POST /tenants/{t}/customers/{c}/wallets</c> (fact sheet 9.2).</summary>
public sealed record CreateWalletRequest(
    long? WalletTypeId,
    string? Currency,
    string? Name,
    string? Description,
    string? FriendlyId,
    string? ExternalUniqueId,
    string? ExternalId,
    string? Status);
