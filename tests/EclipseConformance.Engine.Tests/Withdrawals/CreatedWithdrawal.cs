namespace EclipseConformance.Engine.Tests.Withdrawals;

/// <summary>A withdrawal a test created: its id, token and source wallet.</summary>
internal sealed record CreatedWithdrawal(long WithdrawalId, string? Token, long WalletId);
