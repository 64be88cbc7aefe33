namespace EclipseConformance.Engine.Withdrawals;

/// <summary>Where a bank payout goes (stored with the withdrawal as JSON).</summary>
public sealed record BankAccount(string AccountNumber, string? AccountName, string? Bank, string? BankCountry, string? BranchCode, string? Reference);
