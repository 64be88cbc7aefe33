using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Steps of the two-step flow: Completing → the provider's completion (the PUT placed a hold), Confirming → its check.
/// Success captures the hold into the settlement posting, failure releases it. BUILDING has no work (it waits for the PUT).
/// </summary>
public sealed class TwoStepDriver(IOptionsMonitor<VasOptions> options) : IVasFlowDriver
{
    public VasFlow Flow => VasFlow.TwoStep;

    public string StatusOf(string state, string completion, string failureStatuses, FailureKind? failure) => Enum.Parse<TwoStepState>(state) switch
    {
        TwoStepState.Building => PaymentStatus.Building,
        TwoStepState.Completed => PaymentStatus.Successful,
        TwoStepState.Failed => PaymentStatus.Failure(failureStatuses, failure ?? FailureKind.Permanent),
        _ => PaymentStatus.Pending,
    };

    public bool IsTerminal(string state) => TwoStepMachine.IsTerminal(Enum.Parse<TwoStepState>(state));

    public async Task<VasTransition?> StepAsync(Payment payment, IVasProvider provider, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        var twoStep = (ITwoStepProvider)provider;
        var state = Enum.Parse<TwoStepState>(payment.State);
        var work = VasWorkFactory.From(payment);
        ProviderStep step;
        TwoStepTrigger trigger;
        switch (state)
        {
            case TwoStepState.Completing:
                step = payment.Attempts > o.MaxStepAttempts
                    ? ProviderStep.Unknown($"The completion was started {o.MaxStepAttempts} times without an answer")
                    : await twoStep.CompleteAsync(work, cancellationToken);
                trigger = step.Outcome switch
                {
                    ProviderOutcome.Approved => TwoStepTrigger.CompleteApproved,
                    ProviderOutcome.Declined => TwoStepTrigger.CompleteDeclined,
                    _ => TwoStepTrigger.CompleteUnknown,
                };
                break;
            case TwoStepState.Confirming:
                step = await twoStep.CheckAsync(work, cancellationToken);
                trigger = step.Outcome switch
                {
                    ProviderOutcome.Approved => TwoStepTrigger.CheckApproved,
                    ProviderOutcome.Declined => TwoStepTrigger.CheckDeclined,
                    ProviderOutcome.NotFound => TwoStepTrigger.CheckNotFound,
                    _ => TwoStepTrigger.CheckUnknown,
                };
                break;
            default:
                return null;
        }

        var next = TwoStepMachine.Next(state, trigger, payment.Checks + 1 < o.MaxChecks);
        var counts = state == TwoStepState.Confirming;
        return next switch
        {
            TwoStepState.Completed => new VasTransition(state.ToString(), next.ToString(), step, MoneyEffect.Capture, null, true, counts),
            TwoStepState.Failed => new VasTransition(state.ToString(), next.ToString(), step, MoneyEffect.Release, null, true, counts,
                trigger == TwoStepTrigger.CheckUnknown ? FailureKind.Temporary : step.FailureKind,
                (step.ErrorDescription ?? "The provider declined the payment") + "; the reserved funds were released"),
            _ => new VasTransition(state.ToString(), next.ToString(), step, MoneyEffect.None,
                state == TwoStepState.Confirming ? o.CheckInterval : TimeSpan.Zero, false, counts),
        };
    }
}
