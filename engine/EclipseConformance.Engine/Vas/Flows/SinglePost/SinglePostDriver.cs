using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Steps of the single-POST flow: Prevending → PreVend, Vending → Vend, Confirming → transaction check. The funds moved
/// at the POST, so a failure reverses them; success fills extraInfo. In ASYNC mode every unfinished state shows
/// SUCCESSFUL (the newer document), in SYNC mode PENDING (the older one).
/// </summary>
public sealed class SinglePostDriver(IOptionsMonitor<VasOptions> options) : IVasFlowDriver
{
    public VasFlow Flow => VasFlow.SinglePost;

    public string StatusOf(string state, string completion, string failureStatuses, FailureKind? failure) => Enum.Parse<SinglePostState>(state) switch
    {
        SinglePostState.Completed => PaymentStatus.Successful,
        SinglePostState.Failed => PaymentStatus.Failure(failureStatuses, failure ?? FailureKind.Permanent),
        _ => completion == Completions.Sync ? PaymentStatus.Pending : PaymentStatus.Successful,
    };

    public bool IsTerminal(string state) => SinglePostMachine.IsTerminal(Enum.Parse<SinglePostState>(state));

    /// <summary>The state a new payment starts in (the machine's Start from Accepted).</summary>
    public static SinglePostState Initial(bool hasPrevend) =>
        SinglePostMachine.Next(SinglePostState.Accepted, SinglePostTrigger.Start, new SinglePostGuards(hasPrevend, true, true));

    public async Task<VasTransition?> StepAsync(Payment payment, IVasProvider provider, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        var single = (ISinglePostProvider)provider;
        var state = Enum.Parse<SinglePostState>(payment.State);
        var work = VasWorkFactory.From(payment);
        var givenUp = payment.Attempts > o.MaxStepAttempts;
        var (step, trigger) = state switch
        {
            SinglePostState.Prevending => Map(givenUp ? GaveUp(o) : await single.PrevendAsync(work, cancellationToken),
                SinglePostTrigger.PrevendApproved, SinglePostTrigger.PrevendDeclined, SinglePostTrigger.PrevendUnknown, SinglePostTrigger.PrevendUnknown),
            SinglePostState.Vending => Map(givenUp ? GaveUp(o) : await single.VendAsync(work, cancellationToken),
                SinglePostTrigger.VendApproved, SinglePostTrigger.VendDeclined, SinglePostTrigger.VendUnknown, SinglePostTrigger.VendUnknown),
            SinglePostState.Confirming => Map(await single.CheckAsync(work, cancellationToken),
                SinglePostTrigger.CheckApproved, SinglePostTrigger.CheckDeclined, SinglePostTrigger.CheckUnknown, SinglePostTrigger.CheckNotFound),
            _ => ((ProviderStep?)null, SinglePostTrigger.Start),
        };
        if (step is null)
        {
            return null;
        }

        var guards = new SinglePostGuards(payment.PrevendProductId is not null, payment.Attempts < o.MaxPrevendAttempts, payment.Checks + 1 < o.MaxChecks);
        var next = SinglePostMachine.Next(state, trigger, guards);
        var terminal = SinglePostMachine.IsTerminal(next);
        if (next != SinglePostState.Failed)
        {
            return new VasTransition(state.ToString(), next.ToString(), step, MoneyEffect.None,
                terminal ? null : next == SinglePostState.Confirming && state == SinglePostState.Confirming ? o.CheckInterval : TimeSpan.Zero,
                terminal, state == SinglePostState.Confirming);
        }

        var (kind, description) = trigger switch
        {
            SinglePostTrigger.CheckUnknown => (FailureKind.Temporary, $"The provider could not confirm the vend after {payment.Checks + 1} transaction checks ({step.ErrorDescription})"),
            SinglePostTrigger.PrevendUnknown => (FailureKind.Temporary, step.ErrorDescription ?? "The pre-vend got no answer"),
            _ => (step.FailureKind, step.ErrorDescription ?? "The provider declined the payment"),
        };
        return new VasTransition(state.ToString(), next.ToString(), step, MoneyEffect.Reverse, null, true, state == SinglePostState.Confirming, kind,
            description + "; the funds were reversed");
    }

    private static ProviderStep GaveUp(VasOptions o) => ProviderStep.Unknown($"The step was started {o.MaxStepAttempts} times without an answer");

    private static (ProviderStep Step, SinglePostTrigger Trigger) Map(
        ProviderStep step, SinglePostTrigger approved, SinglePostTrigger declined, SinglePostTrigger unknown, SinglePostTrigger notFound) =>
        (step, step.Outcome switch
        {
            ProviderOutcome.Approved => approved,
            ProviderOutcome.Declined => declined,
            ProviderOutcome.NotFound => notFound,
            _ => unknown,
        });
}
