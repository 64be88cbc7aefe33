namespace EclipseConformance.Engine.Vas;

/// <summary>Where a payment's money goes: the fee (0 when none is configured), the VAS destination wallet and the fee wallet.</summary>
public sealed record SettlementPlan(decimal Fee, long DestinationWalletId, long? FeeWalletId);
