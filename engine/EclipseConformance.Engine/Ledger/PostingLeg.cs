namespace EclipseConformance.Engine.Ledger;

/// <summary>One side of a posting: a signed change to a wallet's balance in nano-units (debits negative).</summary>
public readonly record struct PostingLeg(long WalletId, long AmountNanos);
