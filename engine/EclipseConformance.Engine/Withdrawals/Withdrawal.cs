namespace EclipseConformance.Engine.Withdrawals;

/// <summary>A stored withdrawal (row of <c>withdrawals</c>); amounts in nano-units, instants in Unix ms.</summary>
public sealed record Withdrawal(
    long WithdrawalId,
    long TenantId,
    long WalletId,
    string ExternalUniqueId,
    string RequestHash,
    string Type,
    string Category,
    string SubType,
    string Gateway,
    string Redemption,
    string Status,
    long Amount,
    long Fee,
    string Currency,
    string? Token,
    string? DeliverToPhone,
    string? LimitKey,
    string? Description,
    string? CallbackUrl,
    string? BankAccount,
    string TracingContext,
    string? ErrorDescription,
    long? HoldId,
    long SettlementWalletId,
    long? FeeWalletId,
    long? ExpiresMs,
    long? DueMs,
    long Version,
    long CreatedMs,
    long LastModifiedMs)
{
    public const string TokenRedemption = "TOKEN";
    public const string BankPayoutRedemption = "BANK_PAYOUT";

    public bool IsToken => Redemption == TokenRedemption;

    public WithdrawalStatus State => WithdrawalStatuses.Parse(Status);
}
