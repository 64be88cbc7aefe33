using Stateless;
using Stateless.Graph;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// The single-POST, asynchronously confirmed flow (FrontierWeb, ADR 0025): pre-vend when the payment names a pre-vend
/// product, vend, and after an unknown vend the transaction check. Guards only read <see cref="SinglePostGuards"/>.
/// Diagram: <c>docs/diagrams/vas-single-post.md</c> (kept in sync by a test).
/// </summary>
public static class SinglePostMachine
{
    public static StateMachine<SinglePostState, SinglePostTrigger> Create(SinglePostState initial, SinglePostGuards guards)
    {
        var state = initial;
        var machine = new StateMachine<SinglePostState, SinglePostTrigger>(() => state, s => state = s);
        machine.Configure(SinglePostState.Accepted)
            .PermitIf(SinglePostTrigger.Start, SinglePostState.Prevending, () => guards.HasPrevend, "pre-vend product")
            .PermitIf(SinglePostTrigger.Start, SinglePostState.Vending, () => !guards.HasPrevend, "no pre-vend product");
        machine.Configure(SinglePostState.Prevending)
            .Permit(SinglePostTrigger.PrevendApproved, SinglePostState.Vending)
            .Permit(SinglePostTrigger.PrevendDeclined, SinglePostState.Failed)
            .PermitReentryIf(SinglePostTrigger.PrevendUnknown, () => guards.MayRetryPrevend, "attempts left")
            .PermitIf(SinglePostTrigger.PrevendUnknown, SinglePostState.Failed, () => !guards.MayRetryPrevend, "no attempts left");
        machine.Configure(SinglePostState.Vending)
            .Permit(SinglePostTrigger.VendApproved, SinglePostState.Completed)
            .Permit(SinglePostTrigger.VendDeclined, SinglePostState.Failed)
            .Permit(SinglePostTrigger.VendUnknown, SinglePostState.Confirming);
        machine.Configure(SinglePostState.Confirming)
            .Permit(SinglePostTrigger.CheckApproved, SinglePostState.Completed)
            .Permit(SinglePostTrigger.CheckDeclined, SinglePostState.Failed)
            .Permit(SinglePostTrigger.CheckNotFound, SinglePostState.Failed)
            .PermitReentryIf(SinglePostTrigger.CheckUnknown, () => guards.MayCheckAgain, "checks left")
            .PermitIf(SinglePostTrigger.CheckUnknown, SinglePostState.Failed, () => !guards.MayCheckAgain, "no checks left");
        return machine;
    }

    /// <summary>The state after <paramref name="trigger"/>; throws <see cref="InvalidOperationException"/> for a trigger the state does not permit.</summary>
    public static SinglePostState Next(SinglePostState from, SinglePostTrigger trigger, SinglePostGuards guards)
    {
        var machine = Create(from, guards);
        machine.Fire(trigger);
        return machine.State;
    }

    public static bool IsTerminal(SinglePostState state) => state is SinglePostState.Completed or SinglePostState.Failed;

    public static string Mermaid() => MermaidGraph.Format(Create(SinglePostState.Accepted, default).GetInfo());
}
