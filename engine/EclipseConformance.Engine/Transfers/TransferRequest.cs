namespace EclipseConformance.Engine.Transfers;

/// <summary><c>POST /tenants/{t}/wallets/transfers</c> (fact sheet 3.3, REF-XFER).</summary>
public sealed record TransferRequest(
    long? FromWalletId,
    long? ToWalletId,
    decimal? Amount,
    string? Description,
    string? ExternalUniqueId,
    string? ExternalId,
    bool? OnlyCheck,
    bool? IgnoreLimits,
    string? Location,
    string? ReplyPolicy,
    string? SessionId,
    string? FromAccountNumber,
    string? ToAccountNumber);
