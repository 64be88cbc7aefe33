namespace EclipseConformance.Engine.Ledger;

/// <summary>A stored hold (row of <c>ledger_holds</c>); amount in nano-units.</summary>
public sealed record Hold(long HoldId, long WalletId, long Amount, string Currency, string Status, string Kind, string Reference, long CreatedMs, long? ClosedMs);
