namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Drives one flow's state machine: for a claimed payment, calls its provider for the step its state needs and decides
/// the transition (no persistence: <see cref="VasTransitions"/> writes it). Also names each state's wire status.
/// </summary>
public interface IVasFlowDriver
{
    VasFlow Flow { get; }

    /// <summary>The wire status of a payment in <paramref name="state"/> (failure statuses follow the payment's kept policy).</summary>
    string StatusOf(string state, string completion, string failureStatuses, FailureKind? failure);

    bool IsTerminal(string state);

    /// <summary>Runs the step of the payment's state; null when the state has no work (e.g. BUILDING, terminal).</summary>
    Task<VasTransition?> StepAsync(Payment payment, IVasProvider provider, CancellationToken cancellationToken);
}
