using EclipseConformance.Engine.Errors;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>The one place withdrawal outcomes become HTTP statuses and envelope codes (ADRs 0004, 0022).</summary>
public static class WithdrawalErrors
{
    public static ApiError? ToApiError(WithdrawalResult result) => result.Outcome switch
    {
        WithdrawalOutcome.Created or WithdrawalOutcome.Replayed or WithdrawalOutcome.Transitioned => null,
        WithdrawalOutcome.NotFound => ApiError.NotFound(result.Detail ?? "Withdrawal"),
        WithdrawalOutcome.KeyConflict => ApiError.Conflict(result.Detail ?? "externalUniqueId was already used for a different withdrawal"),
        WithdrawalOutcome.LimitExceeded => ApiError.Business(result.Detail ?? "Monthly withdrawal limit reached for this phone"),
        WithdrawalOutcome.InsufficientFunds => ApiError.Business(result.Detail ?? "Insufficient funds"),
        WithdrawalOutcome.WalletInactive => ApiError.Business(result.Detail ?? "Wallet is not active"),
        WithdrawalOutcome.NotAllowed => ApiError.Forbidden(result.Detail ?? "Not allowed to withdraw from this wallet"),
        WithdrawalOutcome.CurrencyMismatch => ApiError.Business(result.Detail ?? "The wallet's currency is not paid out by this withdrawal type"),
        WithdrawalOutcome.NoSettlementWallet => ApiError.Business(result.Detail ?? "No settlement wallet for this currency"),
        WithdrawalOutcome.RejectedByRule => result.Rejection ?? ApiError.Business("Rejected by a rule"),
        WithdrawalOutcome.IllegalTransition => ApiError.Conflict(result.Detail ?? "Not allowed in the withdrawal's current status"),
        WithdrawalOutcome.TokenMismatch => ApiError.Business(result.Detail ?? "The token or phone does not match the withdrawal"),
        WithdrawalOutcome.LedgerRefused => new ApiError(500, ErrorCodes.Unknown, result.Detail ?? "The settlement was refused", "HIGH", "SYSTEM"),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.Outcome, null),
    };
}
