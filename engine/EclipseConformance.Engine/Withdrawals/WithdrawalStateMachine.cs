using Stateless;
using Stateless.Graph;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// The withdrawal lifecycle (issue 5) as a Stateless machine over a status held by the caller: PENDING moves once, to
/// SUCCESSFUL (token redeemed / payout settled), TIMEOUT (token expired), CANCELLED (deleted) or ERROR (gateway or SMS
/// failure); the four are final. Effects (ledger, callback) are the caller's, applied after the machine allowed the
/// transition. <c>docs/withdrawal-states.md</c> is generated from <see cref="Mermaid"/> and kept in sync by a test.
/// </summary>
public static class WithdrawalStateMachine
{
    public const string TokenGuard = "token withdrawal";
    public const string NotExpiredGuard = "token not expired";
    public const string ExpiredGuard = "token expired";
    public const string PayoutGuard = "bank payout";

    public static StateMachine<WithdrawalStatus, WithdrawalTrigger> Create(Func<WithdrawalStatus> read, Action<WithdrawalStatus> write, WithdrawalGuards guards)
    {
        var machine = new StateMachine<WithdrawalStatus, WithdrawalTrigger>(read, write, FiringMode.Immediate);
        machine.Configure(WithdrawalStatus.Pending)
            .PermitIf(
                WithdrawalTrigger.Redeem,
                WithdrawalStatus.Successful,
                Tuple.Create<Func<bool>, string>(() => guards.IsToken, TokenGuard),
                Tuple.Create<Func<bool>, string>(() => !guards.HasExpired, NotExpiredGuard))
            .PermitIf(WithdrawalTrigger.Settle, WithdrawalStatus.Successful, () => !guards.IsToken, PayoutGuard)
            .PermitIf(
                WithdrawalTrigger.Expire,
                WithdrawalStatus.Timeout,
                Tuple.Create<Func<bool>, string>(() => guards.IsToken, TokenGuard),
                Tuple.Create<Func<bool>, string>(() => guards.HasExpired, ExpiredGuard))
            .Permit(WithdrawalTrigger.Cancel, WithdrawalStatus.Cancelled)
            .Permit(WithdrawalTrigger.Fail, WithdrawalStatus.Error);
        foreach (var final in new[] { WithdrawalStatus.Successful, WithdrawalStatus.Timeout, WithdrawalStatus.Cancelled, WithdrawalStatus.Error })
        {
            machine.Configure(final);
        }

        return machine;
    }

    /// <summary>Decides a transition without side effects: the target status, or null with the reason it is not allowed.</summary>
    public static (WithdrawalStatus? Next, string? Refusal) Decide(WithdrawalStatus current, WithdrawalTrigger trigger, WithdrawalGuards guards)
    {
        var state = current;
        var machine = Create(() => state, s => state = s, guards);
        if (!machine.CanFire(trigger, out var unmet))
        {
            var why = unmet is { Count: > 0 }
                ? $"not allowed ({string.Join(", ", unmet.Select(u => "needs " + u))})"
                : current == WithdrawalStatus.Pending ? "not allowed" : $"the withdrawal is already {WithdrawalStatuses.Wire(current)}";
            return (null, why);
        }

        machine.Fire(trigger);
        return (state, null);
    }

    /// <summary>The machine as a Mermaid state diagram (guards as labels).</summary>
    public static string Mermaid()
    {
        var state = WithdrawalStatus.Pending;
        return MermaidGraph.Format(Create(() => state, s => state = s, new WithdrawalGuards(true, false)).GetInfo());
    }
}
