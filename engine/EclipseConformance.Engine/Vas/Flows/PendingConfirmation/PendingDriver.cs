using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Steps of the PENDING → confirmation flow: Submitting → submit (funds held at the POST), Pending → status query every
/// <see cref="VasOptions.PendingPollInterval"/>. Confirmation captures the hold, a refusal releases it.
/// </summary>
public sealed class PendingDriver(IOptionsMonitor<VasOptions> options) : IVasFlowDriver
{
    public VasFlow Flow => VasFlow.PendingConfirmation;

    public string StatusOf(string state, string completion, string failureStatuses, FailureKind? failure) => Enum.Parse<PendingState>(state) switch
    {
        PendingState.Completed => PaymentStatus.Successful,
        PendingState.Failed => PaymentStatus.Failure(failureStatuses, failure ?? FailureKind.Permanent),
        _ => PaymentStatus.Pending,
    };

    public bool IsTerminal(string state) => PendingMachine.IsTerminal(Enum.Parse<PendingState>(state));

    public async Task<VasTransition?> StepAsync(Payment payment, IVasProvider provider, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        var pending = (IPendingConfirmationProvider)provider;
        var state = Enum.Parse<PendingState>(payment.State);
        var work = VasWorkFactory.From(payment);
        ProviderStep step;
        PendingTrigger trigger;
        switch (state)
        {
            case PendingState.Submitting:
                step = payment.Attempts > o.MaxStepAttempts
                    ? ProviderStep.Unknown($"The submission was started {o.MaxStepAttempts} times without an answer")
                    : await pending.SubmitAsync(work, cancellationToken);
                trigger = step.Outcome switch
                {
                    ProviderOutcome.Approved => PendingTrigger.SubmitApproved,
                    ProviderOutcome.Declined => PendingTrigger.SubmitDeclined,
                    ProviderOutcome.Pending => PendingTrigger.SubmitAccepted,
                    _ => PendingTrigger.SubmitUnknown,
                };
                break;
            case PendingState.Pending:
                step = await pending.QueryAsync(work, cancellationToken);
                trigger = step.Outcome switch
                {
                    ProviderOutcome.Approved => PendingTrigger.QueryApproved,
                    ProviderOutcome.Declined => PendingTrigger.QueryDeclined,
                    ProviderOutcome.NotFound => PendingTrigger.QueryNotFound,
                    _ => PendingTrigger.QueryPending,
                };
                break;
            default:
                return null;
        }

        var next = PendingMachine.Next(state, trigger, payment.Checks + 1 < o.MaxPendingPolls);
        var counts = state == PendingState.Pending;
        return next switch
        {
            PendingState.Completed => new VasTransition(state.ToString(), next.ToString(), step, MoneyEffect.Capture, null, true, counts),
            PendingState.Failed => new VasTransition(state.ToString(), next.ToString(), step, MoneyEffect.Release, null, true, counts,
                trigger == PendingTrigger.QueryPending ? FailureKind.Temporary : step.FailureKind,
                (step.ErrorDescription ?? (trigger == PendingTrigger.QueryPending ? $"No final state after {payment.Checks + 1} polls" : "The provider refused the payment"))
                    + "; the reserved funds were released"),
            _ => new VasTransition(state.ToString(), next.ToString(), step, MoneyEffect.None, o.PendingPollInterval, false, counts),
        };
    }
}
