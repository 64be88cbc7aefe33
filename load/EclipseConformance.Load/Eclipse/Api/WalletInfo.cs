namespace EclipseConformance.Load.Eclipse.Api;

/// <summary>Wallet enquiry answer (the fields the profiles read).</summary>
public sealed record WalletInfo(long WalletId, long TenantId, long? CustomerId, long WalletTypeId, decimal CurrentBalance, decimal AvailableBalance, string Currency, string Status);
