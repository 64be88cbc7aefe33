namespace EclipseConformance.Load.Eclipse.Api;

/// <summary>One item of <c>GET /tenants/{t}/wallets/{w}/transactions</c>.</summary>
public sealed record TransactionInfo(long TransactionId, long WalletId, long? OtherWalletId, decimal Amount, decimal Balance, string Currency, string? ExternalUniqueId, string Type);
