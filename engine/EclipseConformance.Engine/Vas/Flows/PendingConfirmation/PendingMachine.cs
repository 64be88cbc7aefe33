using Stateless;
using Stateless.Graph;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// The PENDING → confirmation flow (ADR 0025): submit with the funds held, then ask for the final state until it comes
/// or the polls run out. An unknown submission is treated as pending (the status query tells whether it arrived).
/// Diagram: <c>docs/diagrams/vas-pending-confirmation.md</c>.
/// </summary>
public static class PendingMachine
{
    public static StateMachine<PendingState, PendingTrigger> Create(PendingState initial, bool mayPollAgain)
    {
        var state = initial;
        var machine = new StateMachine<PendingState, PendingTrigger>(() => state, s => state = s);
        machine.Configure(PendingState.Submitting)
            .Permit(PendingTrigger.SubmitAccepted, PendingState.Pending)
            .Permit(PendingTrigger.SubmitUnknown, PendingState.Pending)
            .Permit(PendingTrigger.SubmitApproved, PendingState.Completed)
            .Permit(PendingTrigger.SubmitDeclined, PendingState.Failed);
        machine.Configure(PendingState.Pending)
            .Permit(PendingTrigger.QueryApproved, PendingState.Completed)
            .Permit(PendingTrigger.QueryDeclined, PendingState.Failed)
            .Permit(PendingTrigger.QueryNotFound, PendingState.Failed)
            .PermitReentryIf(PendingTrigger.QueryPending, () => mayPollAgain, "polls left")
            .PermitIf(PendingTrigger.QueryPending, PendingState.Failed, () => !mayPollAgain, "no polls left");
        return machine;
    }

    public static PendingState Next(PendingState from, PendingTrigger trigger, bool mayPollAgain)
    {
        var machine = Create(from, mayPollAgain);
        machine.Fire(trigger);
        return machine.State;
    }

    public static bool IsTerminal(PendingState state) => state is PendingState.Completed or PendingState.Failed;

    public static string Mermaid() => MermaidGraph.Format(Create(PendingState.Submitting, mayPollAgain: false).GetInfo());
}
