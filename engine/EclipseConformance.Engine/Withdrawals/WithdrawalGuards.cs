namespace EclipseConformance.Engine.Withdrawals;

/// <summary>The facts the state machine's guards read; computed before firing, so guards have no side effects.</summary>
public sealed record WithdrawalGuards(bool IsToken, bool HasExpired);
