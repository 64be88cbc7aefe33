namespace EclipseConformance.Engine.Ledger;

/// <summary>One wallet transaction (an entry of a posting) as the reconciliation query returns it.</summary>
public sealed record TransactionItem(
    long TransactionId,
    long WalletId,
    long? OtherWalletId,
    decimal Amount,
    decimal Balance,
    string Currency,
    string Date,
    string? Description,
    string? ExternalUniqueId,
    string? ExternalId,
    string Type);
