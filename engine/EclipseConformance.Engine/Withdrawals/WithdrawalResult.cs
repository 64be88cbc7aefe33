using EclipseConformance.Engine.Errors;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>The outcome of a withdrawal command, the withdrawal as it now is (when there is one) and why it failed.</summary>
public sealed record WithdrawalResult(WithdrawalOutcome Outcome, Withdrawal? Withdrawal = null, string? Detail = null, ApiError? Rejection = null)
{
    public bool Succeeded => Outcome is WithdrawalOutcome.Created or WithdrawalOutcome.Replayed or WithdrawalOutcome.Transitioned;
}
