using Stateless;
using Stateless.Graph;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// The two-step flow (ADR 0025): BUILDING until a PUT supplies the rest; the PUT holds the funds, the provider
/// completes; an unknown completion is checked. Diagram: <c>docs/diagrams/vas-two-step.md</c>.
/// </summary>
public static class TwoStepMachine
{
    public static StateMachine<TwoStepState, TwoStepTrigger> Create(TwoStepState initial, bool mayCheckAgain)
    {
        var state = initial;
        var machine = new StateMachine<TwoStepState, TwoStepTrigger>(() => state, s => state = s);
        machine.Configure(TwoStepState.Building)
            .Permit(TwoStepTrigger.Update, TwoStepState.Completing);
        machine.Configure(TwoStepState.Completing)
            .Permit(TwoStepTrigger.CompleteApproved, TwoStepState.Completed)
            .Permit(TwoStepTrigger.CompleteDeclined, TwoStepState.Failed)
            .Permit(TwoStepTrigger.CompleteUnknown, TwoStepState.Confirming);
        machine.Configure(TwoStepState.Confirming)
            .Permit(TwoStepTrigger.CheckApproved, TwoStepState.Completed)
            .Permit(TwoStepTrigger.CheckDeclined, TwoStepState.Failed)
            .Permit(TwoStepTrigger.CheckNotFound, TwoStepState.Failed)
            .PermitReentryIf(TwoStepTrigger.CheckUnknown, () => mayCheckAgain, "checks left")
            .PermitIf(TwoStepTrigger.CheckUnknown, TwoStepState.Failed, () => !mayCheckAgain, "no checks left");
        return machine;
    }

    public static TwoStepState Next(TwoStepState from, TwoStepTrigger trigger, bool mayCheckAgain)
    {
        var machine = Create(from, mayCheckAgain);
        machine.Fire(trigger);
        return machine.State;
    }

    public static bool IsTerminal(TwoStepState state) => state is TwoStepState.Completed or TwoStepState.Failed;

    public static string Mermaid() => MermaidGraph.Format(Create(TwoStepState.Building, mayCheckAgain: false).GetInfo());
}
