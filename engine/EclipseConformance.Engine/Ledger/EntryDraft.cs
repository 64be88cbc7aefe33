namespace EclipseConformance.Engine.Ledger;

/// <summary>An entry decided in memory, written when the batch commits.</summary>
public readonly record struct EntryDraft(long WalletId, long? OtherWalletId, long Amount, long BalanceAfter, string Currency);
